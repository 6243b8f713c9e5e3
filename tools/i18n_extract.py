#!/usr/bin/env python3
"""Collect UrbanPlan's translatable strings and keep the Qt Linguist ``.ts`` files up to date.

What counts as translatable (the same rules Qt uses when the plugin runs):

* Python (``urbanplan_plugin/**/*.py``, read with :mod:`ast`, never imported):
  ``tr("...")``, ``self.tr("...")`` / ``x.tr("...")`` (the plugin's ``i18n.tr``: context
  ``UrbanPlan``), ``QCoreApplication.translate("Context", "...")``, and the no-op markers
  ``tr_noop("...")`` / ``QT_TR_NOOP("...")`` (context ``UrbanPlan``) and
  ``QT_TRANSLATE_NOOP("Context", "...")`` for strings that are stored first and translated later
  with ``tr(variable)``. ``self.tr`` inside a Qt class that does not inherit the plugin's ``tr``
  is PyQt's ``QObject.tr``, whose context is the class name: that is what is extracted then.
* Engine errors and log lines: the first argument of ``UrbanPlanError(...)`` and
  ``log_line(...)`` calls anywhere in the package,
  when it is a string literal (adjacent literals are one) or the name of a module-level string
  constant of the same file: the English template (``"Field '{name}' is missing."``) that
  ``qgis_io.layers.engine_errors`` passes through ``tr()`` before filling in its values
  (context ``UrbanPlan``). ``UrbanPlanError(tr(...))`` is extracted through its ``tr``.
* Qt Designer forms (``*.ui``, loaded at run time with ``uic``): every ``<string>`` without
  ``notr="true"``, in the form's context (the ``<class>`` name), as ``retranslateUi`` asks for it.

Placeholders (``{name}``, ``{t:.1f}``) stay in the source text; translators keep them.
Strings that cannot be extracted -- f-strings, concatenations with variables or ``%`` inside
``tr(...)`` -- are reported as *dynamic*; ``tr(variable)`` calls are reported as *indirect* (fine
when the variable's values are marked with ``tr_noop``/``QT_TRANSLATE_NOOP`` or literal ``tr``
elsewhere; ``--report`` lists them).

Usage::

    tools/i18n_extract.py                 # update every urbanplan_plugin/i18n/urbanplan_*.ts
    tools/i18n_extract.py --report        # also list dynamic and indirect tr() calls
    tools/i18n_extract.py --check         # exit 1 when a .ts lacks a string or has unfinished ones
    tools/i18n_extract.py --export DIR    # write DIR/<lang>.json: the unfinished strings
    tools/i18n_extract.py --apply es=DIR/es.json ...   # fill translations from such JSON files

Glossaries: ``docs/glossary.<lang>.json`` lists the interface names the workshop sheets of that
language quote; updating writes them into the .ts (a label whose head is a term gets the term as
its head), and ``--check`` reports a .ts that differs from its glossary.

Updating keeps existing translations, adds new strings as ``type="unfinished"`` and marks
strings that vanished from the code ``type="vanished"`` (kept so a translation is not lost when a
string comes back; untranslated vanished strings are dropped).
"""
import argparse
import ast
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "urbanplan_plugin"
I18N = PLUGIN / "i18n"
DEFAULT_CONTEXT = "UrbanPlan"
LANGUAGES = ("zh_CN", "es", "fr", "pt")
"""The interface languages shipped: i18n/urbanplan_<lang>.ts (pt = Portuguese, Brazilian usage)."""

TR_NAMES = {"tr", "tr_noop", "QT_TR_NOOP"}
ERROR_NAMES = {"UrbanPlanError", "log_line", "LogLine"}
"""Exception classes (and the engine's log-line maker, core.common.messages.log_line) whose
first argument is an English message template translated on the QGIS side (core/ has no Qt, so
its messages are not wrapped in tr())."""
CTX_NAMES = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
SKIP_DIRS = {"__pycache__", "resources", "i18n"}

LABEL_TABLES = (
    # (module, module-level name, selector, also the part before " (") -- labels kept as plain
    # data (core/ has no Qt) and translated where they are shown, with tr(variable).
    # selector: None = every string value; int = that item of each tuple; "kw" = keyword kw= of
    # each call.
    ("core/scenarios/model.py", "BASELINE_NAME", None, False),
    ("core/scenarios/model.py", "ROLES", 0, False),
    ("core/scenarios/lenses.py", "ANALYSES", "label", True),
    ("core/schema.py", "COLUMNS", "label", False),
    ("core/scenarios/lenses.py", "SUMMARY_WORDS", None, False),
    ("algorithms/scorecard.py", "ROLE_PARAMS", 2, False),
    ("algorithms/supplydemand.py", "SUMMARY_OUTPUTS", 1, False),
    ("ui/scenario_dock.py", "CHANGE_MENU", 2, False),
)

PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
"""``{name}``, ``{}``, ``{t:.1f}`` -- but not ``{{`` / ``}}`` escapes."""
PERCENT = re.compile(r"%(?:\([A-Za-z_]\w*\))?[-+#0]*\d*(?:\.\d+)?[sdifgeExXr]|%\d+")


def placeholders(text):
    """Sorted list of the format placeholders (``{x}``, ``%s``, ``%1``) in ``text``."""
    found = PLACEHOLDER.findall(text) + PERCENT.findall(text.replace("%%", ""))
    return sorted(found)


# ------------------------------------------------------------------ extraction

class Message:
    __slots__ = ("context", "source", "comment", "locations")

    def __init__(self, context, source, comment=""):
        self.context, self.source, self.comment = context, source, comment
        self.locations = []

    @property
    def key(self):
        return (self.context, self.source, self.comment)


class Extraction:
    def __init__(self):
        self.messages = {}     # key -> Message, in order of first appearance
        self.dynamic = []      # (relpath, line, code): tr() of an f-string / concatenation
        self.indirect = []     # (relpath, line, code): tr(variable)
        self.qobject_tr = []   # (relpath, line, class): self.tr of a Qt class (class context)
        self.missing_tables = []  # LABEL_TABLES entries not found in the code

    def add(self, context, source, relpath, line, comment=""):
        if not source:
            return
        key = (context, source, comment)
        msg = self.messages.get(key)
        if msg is None:
            msg = self.messages[key] = Message(context, source, comment)
        msg.locations.append((relpath, line))

    def by_context(self):
        out = {}
        for msg in self.messages.values():
            out.setdefault(msg.context, []).append(msg)
        return out


def _literal(node):
    """The string value of a literal (implicit or explicit ``+`` concatenation), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_dynamic(node):
    """An argument built at run time from pieces (f-string, ``+``/``%`` with variables)."""
    return isinstance(node, (ast.JoinedStr, ast.BinOp))


def _func_name(func):
    if isinstance(func, ast.Name):
        return func.id, None
    if isinstance(func, ast.Attribute):
        return func.attr, func.value
    return None, None


def _class_table(trees, root):
    """{class name: [(relpath, base names, defines tr)]} over the whole package (class names
    may repeat across modules, e.g. an engine class and the algorithm wrapping it)."""
    table = {}
    for path, tree in trees.items():
        relpath = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = []
                for b in node.bases:
                    if isinstance(b, ast.Name):
                        bases.append(b.id)
                    elif isinstance(b, ast.Attribute):
                        bases.append(b.attr)
                defines = any(isinstance(s, ast.FunctionDef) and s.name == "tr" for s in node.body)
                table.setdefault(node.name, []).append((relpath, bases, defines))
    return table


def _has_plugin_tr(cls, table, relpath=None, seen=None):
    """Whether class ``cls`` (the one defined in ``relpath`` when given) has the plugin's tr."""
    seen = seen if seen is not None else set()
    if cls in seen or cls not in table:
        return False
    seen.add(cls)
    candidates = [c for c in table[cls] if relpath is None or c[0] == relpath] or table[cls]
    for _, bases, defines in candidates:
        if defines or any(_has_plugin_tr(b, table, None, seen) for b in bases):
            return True
    return False


class _Visitor(ast.NodeVisitor):
    def __init__(self, extraction, relpath, table, lines):
        self.x, self.relpath, self.table, self.lines = extraction, relpath, table, lines
        self.classes = []
        self.constants = {}  # module-level NAME = "literal" (messages kept as constants)

    def visit_Module(self, node):  # noqa: N802
        for stmt in node.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                    and isinstance(stmt.targets[0], ast.Name):
                text = _literal(stmt.value)
                if text is not None:
                    self.constants[stmt.targets[0].id] = text
        self.generic_visit(node)

    def visit_ClassDef(self, node):  # noqa: N802
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _code(self, node):
        seg = self.lines[node.lineno - 1].strip()
        return seg if len(seg) <= 120 else seg[:117] + "..."

    def _take(self, context, arg, node):
        text = _literal(arg)
        if text is not None:
            self.x.add(context, text, self.relpath, node.lineno)
        elif _is_dynamic(arg):
            self.x.dynamic.append((self.relpath, node.lineno, self._code(node)))
        else:
            self.x.indirect.append((self.relpath, node.lineno, self._code(node)))

    def visit_Call(self, node):  # noqa: N802
        name, owner = _func_name(node.func)
        if name in TR_NAMES and node.args:
            context = DEFAULT_CONTEXT
            if (name == "tr" and isinstance(owner, ast.Name) and owner.id == "self"
                    and self.classes
                    and not _has_plugin_tr(self.classes[-1], self.table, self.relpath)):
                # PyQt's QObject.tr: the context is the Python class name
                context = self.classes[-1]
                self.x.qobject_tr.append((self.relpath, node.lineno, context))
            self._take(context, node.args[0], node)
        elif name in CTX_NAMES and len(node.args) >= 2:
            context = _literal(node.args[0])
            if context is not None:
                comment = _literal(node.args[2]) if len(node.args) >= 3 else ""
                text = _literal(node.args[1])
                if text is not None:
                    self.x.add(context, text, self.relpath, node.lineno, comment or "")
                elif _is_dynamic(node.args[1]):
                    self.x.dynamic.append((self.relpath, node.lineno, self._code(node)))
                else:
                    self.x.indirect.append((self.relpath, node.lineno, self._code(node)))
        elif name in ERROR_NAMES and node.args:
            arg = node.args[0]
            text = _literal(arg)
            if text is None and isinstance(arg, ast.Name):
                text = self.constants.get(arg.id)
            if text:
                self.x.add(DEFAULT_CONTEXT, text, self.relpath, node.lineno)
        self.generic_visit(node)


def _select(node, selector):
    """(string, line) pairs picked out of a label table's value by ``selector``."""
    if isinstance(node, (ast.Dict, ast.List, ast.Tuple, ast.Set)):
        items = node.values if isinstance(node, ast.Dict) else node.elts
        for item in items:
            if selector is None:
                if _literal(item) is not None:
                    yield _literal(item), item.lineno
                elif isinstance(item, (ast.Dict, ast.List, ast.Tuple)):
                    yield from _select(item, None)
            elif isinstance(selector, int) and isinstance(item, ast.Tuple):
                if len(item.elts) > selector and _literal(item.elts[selector]) is not None:
                    yield _literal(item.elts[selector]), item.elts[selector].lineno
            elif isinstance(selector, str) and isinstance(item, ast.Call):
                for kw in item.keywords:
                    if kw.arg == selector and _literal(kw.value) is not None:
                        yield _literal(kw.value), kw.value.lineno
    elif _literal(node) is not None:
        yield _literal(node), node.lineno


def _extract_tables(extraction, trees, root):
    by_rel = {p.relative_to(root).as_posix(): t for p, t in trees.items()}
    for relpath, name, selector, prefix in LABEL_TABLES:
        tree = by_rel.get(relpath)
        value = None
        for node in (tree.body if tree is not None else []):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == name for t in node.targets):
                value = node.value
            elif (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                  and node.target.id == name and node.value is not None):
                value = node.value
        if value is None:
            extraction.missing_tables.append(f"{relpath}:{name}")
            continue
        for text, line in _select(value, selector):
            if text.strip():
                extraction.add(DEFAULT_CONTEXT, text, relpath, line)
                if prefix and " (" in text:
                    extraction.add(DEFAULT_CONTEXT, text.split(" (")[0], relpath, line)


UI_SINKS = {"QgsProcessingException": 0, "pushInfo": 0, "pushWarning": 0, "reportError": 0,
            "setProgressText": 0, "setText": 0, "setToolTip": 0, "setWindowTitle": 0,
            "setPlaceholderText": 0, "setTitle": 0, "setStatusTip": 0, "QLabel": 0,
            "QAction": 0, "QPushButton": 0, "QGroupBox": 0, "QCheckBox": 0, "addMenu": 0,
            "pushMessage": 0, "logMessage": 0, "information": 2, "warning": 2, "critical": 2,
            "question": 2, "getText": 2, "setHeaderLabels": 0}
"""Qt/QGIS calls whose string argument (at that position) is shown to the user."""


def _needs_tr(node):
    """A literal with letters, or an f-string with literal words: shown as it is, untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2}", node.value))
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return bool(re.search(r"[A-Za-z]{3}", text))
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_needs_tr(e) for e in node.elts)
    return False


class _Lint(ast.NodeVisitor):
    """Finds user-facing strings that skip tr(): literals or f-strings handed straight to a UI
    call, a Processing parameter/output description or a QgsProcessingException."""

    def __init__(self, relpath, lines, out):
        self.relpath, self.lines, self.out = relpath, lines, out

    def visit_Call(self, node):  # noqa: N802
        name, _ = _func_name(node.func)
        pos = None
        if name in UI_SINKS:
            pos = UI_SINKS[name]
        elif name and re.match(r"QgsProcessing(Parameter|Output)[A-Za-z]+$", name):
            pos = 1
        if pos is not None and len(node.args) > pos and _needs_tr(node.args[pos]):
            code = self.lines[node.lineno - 1].strip()
            short = code[:117] + ("..." if len(code) > 117 else "")
            self.out.append((self.relpath, node.lineno, short))
        for kw in node.keywords:
            if kw.arg in ("description", "toolTip", "text", "title") and _needs_tr(kw.value) \
                    and name and (name in UI_SINKS or name.startswith("QgsProcessing")):
                code = self.lines[node.lineno - 1].strip()
                self.out.append((self.relpath, node.lineno, code[:120]))
        self.generic_visit(node)


def lint(root=PLUGIN, skip=("core/",)):
    """(relpath, line, code) of user-facing strings that skip tr() (core/ is Qt-free: its
    messages are English by design and skipped)."""
    root = Path(root)
    out = []
    for path in _source_files(root, ".py"):
        relpath = path.relative_to(root).as_posix()
        if any(relpath.startswith(s) for s in skip):
            continue
        src = path.read_text(encoding="utf-8")
        try:
            tree = ast.parse(src)
        except SyntaxError:
            continue
        _Lint(relpath, src.splitlines(), out).visit(tree)
    return out


def _source_files(root, suffix):
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for fn in sorted(filenames):
            if fn.endswith(suffix):
                yield Path(dirpath) / fn


def _extract_ui(extraction, path, relpath):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    root = ET.fromstring(text)
    cls = root.findtext("class") or path.stem
    search_from = 0
    for el in root.iter("string"):
        if el.get("notr", "").lower() == "true" or not el.text:
            continue
        needle = "<string"
        line = 0
        escaped = (el.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        for i in range(search_from, len(lines)):
            if needle in lines[i] and escaped.split("\n")[0] in lines[i]:
                line, search_from = i + 1, i + 1
                break
        extraction.add(cls, el.text, relpath, line, el.get("comment", "") or "")


def extract(root=PLUGIN):
    """Every translatable string of the plugin package at ``root`` (an :class:`Extraction`)."""
    root = Path(root)
    extraction = Extraction()
    trees, sources = {}, {}
    for path in _source_files(root, ".py"):
        src = path.read_text(encoding="utf-8")
        try:
            trees[path] = ast.parse(src, filename=str(path))
        except SyntaxError as exc:  # a helper's half-written file: report, extract the rest
            print(f"i18n_extract: skipping {path}: {exc}", file=sys.stderr)
            continue
        sources[path] = src.splitlines()
    table = _class_table(trees, root)
    for path, tree in trees.items():
        relpath = path.relative_to(root).as_posix()
        _Visitor(extraction, relpath, table, sources[path]).visit(tree)
    _extract_tables(extraction, trees, root)
    for path in _source_files(root, ".ui"):
        _extract_ui(extraction, path, path.relative_to(root).as_posix())
    return extraction


# ------------------------------------------------------------------ .ts files

def ts_path(lang, i18n_dir=I18N):
    return Path(i18n_dir) / f"urbanplan_{lang}.ts"


def read_ts(path):
    """{(context, source, comment): {"translation": str, "type": str}} of an existing .ts."""
    entries = {}
    path = Path(path)
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for ctx in root.findall("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            src = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            tr_el = msg.find("translation")
            text = (tr_el.text or "") if tr_el is not None else ""
            kind = tr_el.get("type", "") if tr_el is not None else "unfinished"
            entries[(cname, src, comment)] = {"translation": text, "type": kind}
    return entries


def _esc(text, attr=False):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attr:
        text = text.replace('"', "&quot;")
    return text


def render_ts(lang, extraction, existing, location_base=I18N, plugin_root=PLUGIN):
    """The text of ``urbanplan_<lang>.ts`` for ``extraction``, keeping ``existing`` translations."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{lang}" sourcelanguage="en">']
    by_ctx = extraction.by_context()
    vanished = {}
    current = set(extraction.messages)
    for key, entry in existing.items():
        if key not in current and entry["translation"].strip():
            vanished.setdefault(key[0], []).append((key, entry))
    rel_prefix = os.path.relpath(plugin_root, location_base).replace(os.sep, "/")
    for cname in sorted(set(by_ctx) | set(vanished)):
        out += ["<context>", f"    <name>{_esc(cname)}</name>"]
        for msg in by_ctx.get(cname, []):
            entry = existing.get(msg.key)
            out.append("    <message>")
            for relpath, line in msg.locations:
                out.append(f'        <location filename="{_esc(rel_prefix + "/" + relpath, True)}"'
                           f' line="{line}"/>')
            out.append(f"        <source>{_esc(msg.source)}</source>")
            if msg.comment:
                out.append(f"        <comment>{_esc(msg.comment)}</comment>")
            text = entry["translation"] if entry else ""
            finished = (bool(entry) and entry["type"] in ("", "vanished", "obsolete")
                        and text.strip())
            attr = "" if finished else ' type="unfinished"'
            out.append(f"        <translation{attr}>{_esc(text)}</translation>")
            out.append("    </message>")
        for (key, entry) in vanished.get(cname, []):
            out.append("    <message>")
            out.append(f"        <source>{_esc(key[1])}</source>")
            if key[2]:
                out.append(f"        <comment>{_esc(key[2])}</comment>")
            out.append(f'        <translation type="vanished">{_esc(entry["translation"])}'
                       "</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def update(languages=LANGUAGES, extraction=None, i18n_dir=I18N, apply=None):
    """Rewrite each language's .ts; ``apply`` = {lang: {source or (context, source): text}}.
    Returns {lang: (total, unfinished)}."""
    extraction = extraction or extract()
    Path(i18n_dir).mkdir(parents=True, exist_ok=True)
    stats = {}
    for lang in languages:
        path = ts_path(lang, i18n_dir)
        existing = read_ts(path)
        for src_key, text in (apply or {}).get(lang, {}).items():
            keys = ([k for k in extraction.messages if k[1] == src_key] if isinstance(src_key, str)
                    else [tuple(src_key) + ("",) * (3 - len(src_key))])
            for key in keys:
                if text and text.strip():
                    existing[key] = {"translation": text, "type": ""}
        path.write_text(render_ts(lang, extraction, existing, i18n_dir), encoding="utf-8")
        entries = read_ts(path)
        live = [entries[k] for k in extraction.messages]
        stats[lang] = (len(live), sum(1 for e in live if e["type"] == "unfinished"))
    return stats


# ------------------------------------------------------------------ glossaries

def glossary_path(lang, docs_dir=ROOT / "docs"):
    return Path(docs_dir) / f"glossary.{lang}.json"


def load_glossary(lang, docs_dir=ROOT / "docs"):
    """{English interface term: translation} of docs/glossary.<lang>.json ({} when none): the
    names the workshop sheets of that language quote, kept identical in the .ts file."""
    path = glossary_path(lang, docs_dir)
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")).get("terms") or {})


def head(text):
    """A label's head: the part before its explanation in brackets ('Origins (homes, ...)' ->
    'Origins'; '起点（住所…）' -> '起点')."""
    for sep in (" (", "（"):
        text = text.split(sep)[0]
    return text.strip()


def glossary_fixes(lang, extraction, entries, glossary=None):
    """{(context, source, comment): translation} that make the .ts agree with the glossary: a
    message whose source is a term gets the term's translation; a message whose source's head
    is a term (and is not itself a term) gets the term's translation as the head of its
    translation, the rest kept."""
    glossary = load_glossary(lang) if glossary is None else glossary
    fixes = {}
    for key in extraction.messages:
        src = key[1]
        current = (entries.get(key) or {}).get("translation", "")
        if src in glossary:
            if current != glossary[src]:
                fixes[key] = glossary[src]
            continue
        h = head(src)
        if h != src and h in glossary and current:
            old = head(current)
            if old != glossary[h] and current.startswith(old):
                fixes[key] = glossary[h] + current[len(old):]
    return fixes


def problems(lang, extraction=None, i18n_dir=I18N):
    """What is wrong with one language's .ts against the current code (list of sentences)."""
    extraction = extraction or extract()
    path = ts_path(lang, i18n_dir)
    if not path.exists():
        return [f"{path.name} does not exist"]
    entries = read_ts(path)
    out = []
    for key, msg in extraction.messages.items():
        entry = entries.get(key)
        where = f"{msg.locations[0][0]}:{msg.locations[0][1]}"
        if entry is None:
            out.append(f"missing ({where}): {msg.source!r}")
        elif (entry["type"] in ("unfinished", "vanished", "obsolete")
              or not entry["translation"].strip()):
            out.append(f"unfinished ({where}): {msg.source!r}")
        elif placeholders(entry["translation"]) != placeholders(msg.source):
            out.append(f"placeholders differ ({where}): {msg.source!r} -> {entry['translation']!r}")
    if Path(i18n_dir) == I18N:
        for key, text in glossary_fixes(lang, extraction, entries).items():
            out.append(f"differs from docs/glossary.{lang}.json: {key[1]!r} -> "
                       f"{entries[key]['translation']!r}, the glossary says {text!r}")
    return out


# ------------------------------------------------------------------ command line

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", action="append", help="only these languages (default: all)")
    ap.add_argument("--report", action="store_true", help="list dynamic and indirect tr() calls")
    ap.add_argument("--check", action="store_true",
                    help="change nothing; exit 1 when a .ts is missing strings or has "
                         "unfinished ones")
    ap.add_argument("--export", metavar="DIR", help="write DIR/<lang>.json with unfinished strings")
    ap.add_argument("--apply", metavar="LANG=FILE", action="append", default=[],
                    help="fill translations from a JSON object {source: translation}")
    args = ap.parse_args(argv)
    languages = tuple(args.lang or LANGUAGES)
    extraction = extract()
    print(f"i18n_extract: {len(extraction.messages)} strings in "
          f"{len(extraction.by_context())} context(s)")
    if args.report:
        for title, rows in (("dynamic (cannot be translated; use tr('... {x} ...').format(x=...))",
                             extraction.dynamic),
                            ("indirect (tr of a variable: its values must be marked elsewhere)",
                             extraction.indirect),
                            ("QObject.tr (context = class name)",
                             extraction.qobject_tr),
                            ("LABEL_TABLES entries not found (update tools/i18n_extract.py)",
                             [(m, "", "") for m in extraction.missing_tables]),
                            ("user-facing strings that skip tr() (shown in English everywhere)",
                             lint())):
            print(f"\n{title}: {len(rows)}")
            for row in rows:
                print("  " + ":".join(str(r) for r in row[:2]) + "  " + str(row[2]))
    if args.check:
        bad = 0
        for lang in languages:
            found = problems(lang, extraction)
            bad += len(found)
            for p in found[:20]:
                print(f"{lang}: {p}")
            if len(found) > 20:
                print(f"{lang}: ... and {len(found) - 20} more")
        if bad:
            print("Run `make translations-update`, then translate the unfinished strings.")
        return 1 if bad else 0
    apply = {}
    for item in args.apply:
        lang, _, file = item.partition("=")
        apply[lang] = json.loads(Path(file).read_text(encoding="utf-8"))
    # the glossary (docs/glossary.<lang>.json) wins: the workshop sheets quote its names
    for lang in languages:
        fixes = glossary_fixes(lang, extraction, read_ts(ts_path(lang)))
        if fixes:
            print(f"  {lang}: {len(fixes)} translation(s) set from the glossary")
            apply.setdefault(lang, {}).update(fixes)
    stats = update(languages, extraction, apply=apply)
    for lang, (total, unfinished) in stats.items():
        print(f"  {ts_path(lang).relative_to(ROOT)}: {total} strings, {unfinished} unfinished")
    if args.export:
        out = Path(args.export)
        out.mkdir(parents=True, exist_ok=True)
        for lang in languages:
            entries = read_ts(ts_path(lang))
            todo = {k[1]: "" for k in extraction.messages if entries[k]["type"] == "unfinished"}
            (out / f"{lang}.json").write_text(json.dumps(todo, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
