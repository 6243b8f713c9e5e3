"""Qt6 / QGIS 4 readiness of the plugin source, checked statically (no QGIS needed).

QGIS 4 runs on Qt6 / PyQt6, where Qt and QGIS enums are only reachable through their enum class
(``Qt.AlignmentFlag.AlignLeft``, not ``Qt.AlignLeft``), ``exec_()`` is gone, ``QVariant.Type``
is gone (QMetaType.Type instead), and pyrcc/compiled ``resources_rc`` modules no longer exist.
The scoped spellings already work on QGIS 3.22 (PyQt5), so the plugin is written once for both.

Each check scans the code tokens of every ``.py`` under ``urbanplan_plugin/`` (strings and
comments are ignored, so docstrings may name the old spellings) and fails with the list of
offending ``file:line``. A line that must keep an old spelling for a documented reason can carry a
``# qt6-ok: <reason>`` comment. The self-tests at the bottom prove each rule can fail.
"""
import configparser
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "urbanplan_plugin"
COMPAT_MODULES = {"qgis_io/qgis_compat.py"}
"""Version-gated QGIS API helpers: the only place allowed to name QVariant types (used there
only on QGIS < 3.38, i.e. Qt5)."""

# Names that are enum *classes* or nested classes, legitimately used without a member after them
# (type annotations, isinstance). Members (AlignLeft, Point, Double...) never belong here.
TYPE_NAMES = {
    "Flags", "Flag", "Type", "SourceType", "DataType", "GeometryType", "AlignmentFlag",
    "ItemDataRole", "CheckState", "Orientation", "LayerDetails", "SaveVectorOptions",
    "InvalidGeometryCheck", "MessageLevel", "WkbType", "StandardButton", "Filter", "LayerFilter",
    "Filters", "ProcessingSourceType", "ProcessingParameterFlag",
    "ProcessingFieldParameterDataType", "ProcessingNumberParameterType", "FeatureRequestFlag",
}

RULES = [
    ("direct Qt binding import (use qgis.PyQt)",
     re.compile(r"^\s*(?:from|import)\s+(?:PyQt4|PyQt5|PyQt6|PySide2|PySide6|sip)\b")),
    ("exec_() is gone in Qt6 (use exec())", re.compile(r"\.exec_\s*\(")),
    ("Qt5 class removed in Qt6 (QRegExp -> QRegularExpression, QDesktopWidget -> QScreen, ...)",
     re.compile(r"\b(?:QRegExp|QRegExpValidator|QDesktopWidget|QGLWidget|QMatrix|QTextCodec|"
                r"QStringRef|QWebView|QtWebKit\w*)\b")),
    ("unscoped Qt enum (use Qt.<EnumClass>.<Member>, e.g. Qt.AlignmentFlag.AlignLeft)",
     re.compile(r"\bQt\.(?P<member>[A-Z]\w*)\b(?!\s*[.(\w])")),
    ("unscoped QGIS enum (use the enum class, e.g. QgsWkbTypes.Type.Point, "
     "QgsProcessingParameterNumber.Type.Double, QgsFeatureSink.Flag.FastInsert)",
     re.compile(r"\b(?:Qgs\w+|Qgis)\.(?P<member>[A-Z]\w*)\b(?!\s*[.(\w])")),
    ("unscoped Qt class enum (e.g. QMessageBox.StandardButton.Yes, QSizePolicy.Policy.Expanding)",
     re.compile(r"\bQ(?!gs|gis\b|t\b)[A-Z]\w*\.(?P<member>[A-Z]\w*)\b(?!\s*[.(\w])")),
    ("QVariant type constant (use qgis_compat.make_field / field_type; QVariant.Type is gone in "
     "Qt6)",
     re.compile(r"\bQVariant\.(?!Type\b)(?P<member>[A-Z]\w*)|\bQVariant\.Type\b")),
    ("compiled Qt resources (resources_rc / pyrcc); load files by path instead",
     re.compile(r"\bresources_rc\b|^\s*from\s+\.+\s*import\s+resources\b|^\s*import\s+resources\b")),
    ("compiled .ui module (pyuic); load .ui files at run time with uic.loadUiType/loadUi",
     re.compile(r"^\s*from\s+\S+\s+import\s+(?:\(\s*)?Ui_\w+|^\s*from\s+\S*\bui_\w+\s+import|"
                r"^\s*import\s+\S*\bui_\w+")),
]

STRINGISH = {"STRING", "COMMENT", "FSTRING_MIDDLE", "TSTRING_MIDDLE"}


def code_lines(source):
    """Source lines with string literals and comments blanked, so only code is checked."""
    lines = source.splitlines()
    out = [list(line) for line in lines]
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return lines
    for tok in tokens:
        if tokenize.tok_name.get(tok.type) not in STRINGISH:
            continue
        (r0, c0), (r1, c1) = tok.start, tok.end
        for r in range(r0, r1 + 1):
            if r - 1 >= len(out):
                break
            row = out[r - 1]
            start = c0 if r == r0 else 0
            end = c1 if r == r1 else len(row)
            for c in range(start, min(end, len(row))):
                row[c] = " "
    return ["".join(row) for row in out]


def offences(source, relpath):
    """(line number, rule, line) for every rule broken in ``source``."""
    raw = source.splitlines()
    found = []
    for n, line in enumerate(code_lines(source), start=1):
        if n <= len(raw) and "qt6-ok" in raw[n - 1]:
            continue
        for name, rx in RULES:
            for m in rx.finditer(line):
                member = m.groupdict().get("member")
                if member and (member in TYPE_NAMES or member.isupper()
                               or member.endswith(("Flags", "Filters"))):
                    continue  # an enum or flags class name, or an ALL_CAPS constant
                if name.startswith("QVariant") and relpath in COMPAT_MODULES:
                    continue
                if name.startswith("unscoped Qt class") and m.group(0).startswith("QVariant"):
                    continue  # reported by the QVariant rule
                found.append((n, name, raw[n - 1].strip() if n <= len(raw) else line.strip()))
    return found


def plugin_sources():
    return sorted(p for p in PLUGIN.rglob("*.py") if "__pycache__" not in p.parts)


def format_report(items):
    by_rule = {}
    for rel, n, rule, line in items:
        by_rule.setdefault(rule, []).append(f"  {rel}:{n}: {line}")
    return "\n".join(f"{rule}:\n" + "\n".join(lines) for rule, lines in by_rule.items())


def test_plugin_source_is_qt6_ready():
    items = []
    for path in plugin_sources():
        rel = path.relative_to(PLUGIN).as_posix()
        for n, rule, line in offences(path.read_text(encoding="utf-8"), rel):
            items.append((f"urbanplan_plugin/{rel}", n, rule, line))
    assert not items, ("Qt6/QGIS 4 readiness: fix these lines (or mark a justified exception "
                       "with '# qt6-ok: reason'):\n" + format_report(items))


def test_no_compiled_resources_or_ui_modules():
    bad = [p.relative_to(ROOT).as_posix() for p in PLUGIN.rglob("*")
           if p.name in ("resources_rc.py", "resources.py") or p.suffix == ".qrc"
           or (p.suffix == ".py" and re.match(r"ui_\w+\.py$", p.name))]
    for path in plugin_sources():
        head = path.read_text(encoding="utf-8")[:600]
        if "UI code generator" in head or "Resource object code" in head:
            bad.append(path.relative_to(ROOT).as_posix())
    assert not bad, ("compiled Qt resource/UI modules (Qt6 has no pyrcc; load .ui/.svg at run "
                     "time):\n  " + "\n  ".join(sorted(set(bad))))


def test_ui_files_are_loaded_at_run_time():
    """.ui files are loaded with qgis.PyQt.uic (loadUiType/loadUi) by name, not compiled."""
    sources = [p.read_text(encoding="utf-8") for p in plugin_sources()]
    ui_files = sorted(PLUGIN.rglob("*.ui"))
    if not ui_files:
        return
    assert any(re.search(r"\buic\.loadUi(?:Type)?\s*\(", text) for text in sources), \
        "there are .ui files but no module calls qgis.PyQt.uic.loadUiType/loadUi"
    missing = [ui.relative_to(ROOT).as_posix() for ui in ui_files
               if not any(re.search(r"""["']%s(?:\.ui)?["']""" % re.escape(ui.stem), text)
                          for text in sources)]
    assert not missing, ("these .ui files are not named (as '<name>' or '<name>.ui') by any "
                         "module, so nothing loads them at run time:\n  " + "\n  ".join(missing))


def test_metadata_declares_qt6_and_qgis4():
    meta = configparser.ConfigParser(interpolation=None)
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    assert general.get("supportsQt6", "").strip() == "True", "metadata.txt: set supportsQt6=True"
    assert general.get("qgisMaximumVersion", "").strip() == "4.99", \
        "metadata.txt: set qgisMaximumVersion=4.99"
    assert general.get("qgisMinimumVersion", "").strip() == "3.22"


# --- the checker itself: each rule must catch what it is meant to catch ---------------------

BAD = {
    "from PyQt5.QtCore import Qt": "direct Qt binding import",
    "import sip": "direct Qt binding import",
    "from qgis.PyQt.QtCore import QRegExp": "Qt5 class removed in Qt6",
    "screen = QDesktopWidget().screenGeometry()": "Qt5 class removed in Qt6",
    "dlg.exec_()": "exec_()",
    "label.setAlignment(Qt.AlignLeft)": "unscoped Qt enum",
    "item.setData(Qt.UserRole, 1)": "unscoped Qt enum",
    "QgsProcessing.TypeVectorPoint": "unscoped QGIS enum",
    "x = QgsProcessingParameterNumber.Double": "unscoped QGIS enum",
    "t = QgsProcessingParameterNumber.Integer": "unscoped QGIS enum",
    "if g.type() == QgsWkbTypes.PointGeometry:": "unscoped QGIS enum",
    "QgsWkbTypes.LineString, QgsWkbTypes.Polygon": "unscoped QGIS enum",
    "sink.addFeature(f, QgsFeatureSink.FastInsert)": "unscoped QGIS enum",
    "type=QgsProcessingParameterField.Numeric": "unscoped QGIS enum",
    "feedback.pushInfo('x', Qgis.Info)": "unscoped QGIS enum",
    "QMessageBox.Yes": "unscoped Qt class enum",
    "QgsField('a', QVariant.Int)": "QVariant type constant",
    "QVariant.Double": "QVariant type constant",
    "QVariant.String": "QVariant type constant",
    "QVariant.LongLong": "QVariant type constant",
    "from . import resources_rc": "compiled Qt resources",
    "from .ui_dock import Ui_Dock": "compiled .ui module",
    "from urbanplan_plugin.ui.forms import Ui_ScenarioDock": "compiled .ui module",
}

GOOD = [
    "from qgis.PyQt.QtCore import Qt, QCoreApplication",
    "from qgis.PyQt import sip, uic",
    "dlg.exec()",
    "label.setAlignment(Qt.AlignmentFlag.AlignLeft)",
    "QgsProcessing.SourceType.TypeVectorPoint",
    "QgsProcessingParameterNumber.Type.Double",
    "QgsWkbTypes.Type.Point; QgsWkbTypes.GeometryType.PolygonGeometry",
    "QgsFeatureSink.Flag.FastInsert | QgsFeatureRequest.Flag.NoGeometry",
    "QgsProcessingParameterField.DataType.Numeric",
    "QgsProcessing.TEMPORARY_OUTPUT; Qgis.QGIS_VERSION_INT",
    "QgsApplication.processingRegistry()",
    "opts = QgsVectorFileWriter.SaveVectorOptions()",
    "QMetaType.Type.Int",
    "'Qt.AlignLeft in a string is fine'",
    "x = 1  # QgsWkbTypes.Point in a comment is fine",
    "x = QgsWkbTypes.Point  # qt6-ok: documented exception",
    "FORM, _ = uic.loadUiType(str(UI_PATH))",
    "        self.setupUi(self)",
    "F = Qgis.LayerFilter  # noqa: N806",
    "isinstance(flt, Qgis.LayerFilters)",
    "rx = QRegularExpression(r'\\d+')",
]


@pytest.mark.parametrize("snippet,rule", sorted(BAD.items()))
def test_checker_flags_old_spellings(snippet, rule):
    found = offences(snippet + "\n", "somewhere.py")
    assert any(r.startswith(rule) for _, r, _ in found), (snippet, found)


@pytest.mark.parametrize("snippet", GOOD)
def test_checker_accepts_qt6_spellings(snippet):
    assert offences(snippet + "\n", "somewhere.py") == []


def test_checker_allows_qvariant_only_in_the_compat_module():
    snippet = "return {'int': QVariant.Type.Int}\n"
    assert offences(snippet, "qgis_io/qgis_compat.py") == []
    assert offences(snippet, "qgis_io/layers.py")
