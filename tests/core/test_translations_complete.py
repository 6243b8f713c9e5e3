"""The interface translations are complete and well-formed (no QGIS needed).

Every user-facing string the code passes to ``tr()`` (and every string of the .ui forms) must be
in every ``urbanplan_plugin/i18n/urbanplan_<lang>.ts`` with a finished translation whose
placeholders and line breaks match the English source. A developer who adds a string sees this
fail: run ``make translations-update`` and translate the new (unfinished) entries.
"""
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIX = "Run `make translations-update`, then translate the new unfinished entries in " \
      "urbanplan_plugin/i18n/*.ts (Qt Linguist or any text editor)."


def _load_extractor():
    spec = importlib.util.spec_from_file_location("i18n_extract",
                                                  ROOT / "tools" / "i18n_extract.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("i18n_extract", module)
    spec.loader.exec_module(module)
    return module


X = _load_extractor()


@pytest.fixture(scope="module")
def extraction():
    return X.extract()


def _short(items, n=15):
    more = f"\n... and {len(items) - n} more" if len(items) > n else ""
    return "\n".join(items[:n]) + more


def test_code_has_translatable_strings(extraction):
    # the extractor finds the provider name, group names and the dock forms' strings
    sources = {m.source for m in extraction.messages.values()}
    assert {"UrbanPlan", "Walkability", "Public space", "Flood"} <= sources
    contexts = {m.context for m in extraction.messages.values()}
    assert "UrbanPlan" in contexts
    assert len(extraction.messages) > 500


@pytest.mark.parametrize("lang", X.LANGUAGES)
def test_every_string_is_translated(extraction, lang):
    path = X.ts_path(lang)
    assert path.exists(), f"{path} is missing. {FIX}"
    entries = X.read_ts(path)
    missing = [f"{m.locations[0][0]}:{m.locations[0][1]} {m.source[:70]!r}"
               for k, m in extraction.messages.items() if k not in entries]
    assert not missing, f"{len(missing)} string(s) not in {path.name}:\n{_short(missing)}\n{FIX}"
    unfinished = [f"{m.locations[0][0]}:{m.locations[0][1]} {m.source[:70]!r}"
                  for k, m in extraction.messages.items()
                  if entries[k]["type"] in ("unfinished", "vanished", "obsolete")
                  or not entries[k]["translation"].strip()]
    assert not unfinished, (f"{len(unfinished)} unfinished translation(s) in {path.name}:\n"
                            f"{_short(unfinished)}\n{FIX}")


@pytest.mark.parametrize("lang", X.LANGUAGES)
def test_placeholders_and_line_breaks_match(extraction, lang):
    entries = X.read_ts(X.ts_path(lang))
    bad = []
    for key, msg in extraction.messages.items():
        text = entries.get(key, {}).get("translation", "")
        if not text:
            continue  # reported by test_every_string_is_translated
        if X.placeholders(text) != X.placeholders(msg.source):
            bad.append(f"{msg.source[:60]!r}: placeholders {X.placeholders(msg.source)} "
                       f"became {X.placeholders(text)}")
        if text.count("\n") != msg.source.count("\n"):
            bad.append(f"{msg.source[:60]!r}: {msg.source.count(chr(10))} line break(s) "
                       f"became {text.count(chr(10))}")
        tags = re.compile(r"</?[a-zA-Z][^>]*>")
        if sorted(tags.findall(text)) != sorted(tags.findall(msg.source)):
            bad.append(f"{msg.source[:60]!r}: HTML tags differ")
    assert not bad, f"{X.ts_path(lang).name}:\n" + _short(bad)


def test_no_string_is_built_before_translation(extraction):
    """f-strings, concatenations and % inside tr() cannot be looked up in a .ts file: write
    tr("... {x} ...").format(x=...) instead."""
    rows = [f"{path}:{line}  {code}" for path, line, code in extraction.dynamic]
    assert not rows, "tr() of a string built at run time:\n" + _short(rows)


def test_label_tables_still_exist(extraction):
    """Labels kept as plain data and translated with tr(variable) are listed in
    tools/i18n_extract.py LABEL_TABLES; a renamed table would silently lose its translations."""
    assert not extraction.missing_tables, (
        f"LABEL_TABLES entries not found: {extraction.missing_tables}; update "
        "tools/i18n_extract.py")


@pytest.mark.skipif(shutil.which("lrelease") is None,
                    reason="lrelease (qttools5-dev-tools) missing")
@pytest.mark.parametrize("lang", X.LANGUAGES)
def test_lrelease_compiles(extraction, lang, tmp_path):
    qm = tmp_path / f"urbanplan_{lang}.qm"
    proc = subprocess.run(["lrelease", str(X.ts_path(lang)), "-qm", str(qm)],
                          capture_output=True, text=True, timeout=120)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert qm.exists() and qm.stat().st_size > 1000, out
    m = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", out)
    assert m, out
    assert int(m.group(3)) == 0, out
    assert int(m.group(1)) >= len(extraction.messages), out
    assert "Ignored" not in out and "error" not in out.lower(), out


# --- the extractor itself, on a small made-up plugin -------------------------------------

PLUGIN_PY = '''
from qgis.PyQt.QtCore import QCoreApplication
from .i18n import tr

LABELS = {"a": ("Label A", ("x",))}


class Base:
    def tr(self, text):
        return tr(text)


class Alg(Base):
    def displayName(self):
        return self.tr("Walk {n} min").format(n=5)

    def help(self, x):
        y = tr("Total: " + "{v}")
        z = tr(f"bad {x}")
        w = tr(LABELS[x][0])
        return QCoreApplication.translate("Other", "In another context")


class Widget(QWidget):
    def label(self):
        return self.tr("Qt context")
'''

PLUGIN_UI = '''<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>MyDock</class>
 <widget class="QDockWidget" name="MyDock">
  <property name="windowTitle"><string>Dock title</string></property>
  <widget class="QLabel" name="l"><property name="text"><string notr="true">42</string>
   </property></widget>
 </widget>
</ui>
'''


def _fake_plugin(tmp_path, extra=""):
    root = tmp_path / "plug"
    (root / "algorithms").mkdir(parents=True, exist_ok=True)
    (root / "algorithms" / "alg.py").write_text(PLUGIN_PY + extra, encoding="utf-8")
    (root / "dock.ui").write_text(PLUGIN_UI, encoding="utf-8")
    return root


def test_extractor_finds_literals_contexts_and_dynamic_strings(tmp_path):
    ex = X.extract(_fake_plugin(tmp_path))
    keys = set(ex.messages)
    assert ("UrbanPlan", "Walk {n} min", "") in keys          # self.tr of a plugin class
    assert ("UrbanPlan", "Total: {v}", "") in keys            # literal concatenation folds
    assert ("Other", "In another context", "") in keys        # QCoreApplication.translate
    assert ("Widget", "Qt context", "") in keys               # QObject.tr: class context
    assert ("MyDock", "Dock title", "") in keys               # .ui form, its class context
    assert not any(k[1] == "42" for k in keys)                # notr="true" is skipped
    assert [row[1] for row in ex.dynamic] == [19]             # the f-string
    assert len(ex.indirect) == 2                               # tr(LABELS[x][0]) and Base.tr(text)
    assert X.placeholders("Walk {n} min, {t:.1f} s, {{x}}") == ["{n}", "{t:.1f}"]


def test_update_keeps_translations_marks_new_and_vanished(tmp_path):
    root = _fake_plugin(tmp_path)
    i18n = tmp_path / "i18n"
    X.update(["es"], X.extract(root), i18n_dir=i18n)
    entries = X.read_ts(X.ts_path("es", i18n))
    assert entries[("UrbanPlan", "Walk {n} min", "")]["type"] == "unfinished"
    X.update(["es"], X.extract(root), i18n_dir=i18n,
             apply={"es": {"Walk {n} min": "Caminar {n} min", "Dock title": "Título"}})
    entries = X.read_ts(X.ts_path("es", i18n))
    assert entries[("UrbanPlan", "Walk {n} min", "")] == {"translation": "Caminar {n} min",
                                                          "type": ""}
    assert entries[("MyDock", "Dock title", "")]["translation"] == "Título"
    # the string disappears from the code and a new one appears
    (root / "algorithms" / "alg.py").write_text(
        PLUGIN_PY.replace('"Walk {n} min"', '"Walk {n} minutes"'), encoding="utf-8")
    stats = X.update(["es"], X.extract(root), i18n_dir=i18n)
    entries = X.read_ts(X.ts_path("es", i18n))
    assert entries[("UrbanPlan", "Walk {n} min", "")] == {"translation": "Caminar {n} min",
                                                          "type": "vanished"}
    assert entries[("UrbanPlan", "Walk {n} minutes", "")]["type"] == "unfinished"
    assert entries[("MyDock", "Dock title", "")]["translation"] == "Título"
    assert stats["es"][1] == stats["es"][0] - 1   # everything unfinished but the dock title
    problems = X.problems("es", X.extract(root), i18n_dir=i18n)
    assert any("Walk {n} minutes" in p for p in problems)


def test_problems_reports_a_broken_placeholder(tmp_path):
    root = _fake_plugin(tmp_path)
    i18n = tmp_path / "i18n"
    ex = X.extract(root)
    X.update(["fr"], ex, i18n_dir=i18n,
             apply={"fr": {m.source: m.source for m in ex.messages.values()}})
    assert X.problems("fr", ex, i18n_dir=i18n) == []
    X.update(["fr"], ex, i18n_dir=i18n, apply={"fr": {"Walk {n} min": "Marcher {m} min"}})
    assert any("placeholders" in p for p in X.problems("fr", ex, i18n_dir=i18n))
