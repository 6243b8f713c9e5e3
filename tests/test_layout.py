"""The rooms of the house keep their rules, for every file (read with ``ast``, never grep):

* nothing under ``core/`` imports qgis or Qt (PyQt5/6, qgis.PyQt, sip), nor the rooms that do
  (qgis_io, project, algorithms, ui, i18n, plugin, provider);
* nothing outside ``ui/`` imports ``ui`` (except ``plugin.py``, the entry that opens the docks);
* ``qgis_io/`` never imports ``ui/``, ``project/`` or ``algorithms/``;
* no algorithm module imports another one (``base.py`` is where they share);
* every engine module under ``core/`` imports in a fresh Python with ``qgis`` and Qt blocked.

The checkers take any package folder, and the tests at the end run them on small synthetic trees
with known violations, so a checker that stops seeing a violation fails too.
"""
import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "urbanplan_plugin"

QT_OR_QGIS = ("qgis", "PyQt5", "PyQt6", "PyQt", "sip")
"""Top-level names of QGIS and Qt modules (qgis.PyQt is under qgis)."""
CORE_MAY_NOT_IMPORT = ("qgis_io", "project", "algorithms", "ui", "i18n", "plugin", "provider")
"""Rooms and modules that use QGIS or Qt: the engine may not reach them, even lazily."""
UI_ENTRY = ("plugin.py",)
"""The plugin's entry module: it creates the docks, so it imports ui/ by design."""

KNOWN_VIOLATIONS = {
    # (file relative to the package, imported module): why it is still there. Empty this as
    # the rooms are put right; an entry that no longer matches a violation fails the test.
}


# ---------------------------------------------------------------------------------------------
# the checkers
# ---------------------------------------------------------------------------------------------

def module_name(package_dir, path):
    """'pkg.core.x' for pkg/core/x.py, 'pkg.core' for pkg/core/__init__.py."""
    rel = path.relative_to(package_dir.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imported_modules(path, name):
    """[(line, absolute module name)] of every import in a file, wherever it stands (module
    level, inside functions, under ``if``/``try``). ``from x import y`` yields ``x``, and also
    ``x.y`` when x is the package or one of its rooms (``from .. import ui``, ``from . import
    walk``), where y can only be a module worth checking."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module
            found.append((node.lineno, prefix))
            if len(prefix.split(".")) <= 2:
                found += [(node.lineno, f"{prefix}.{alias.name}") for alias in node.names
                          if alias.name != "*"]
    return found


def _room(package, module):
    """'core', 'ui', 'plugin'... for a module of the package, None for any other module."""
    parts = module.split(".")
    if parts[0] != package or len(parts) < 2:
        return None
    return parts[1]


def layout_violations(package_dir):
    """Every broken room rule in a package folder, as sorted (file, line, module, rule)."""
    package_dir = Path(package_dir)
    package = package_dir.name
    out = set()
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        rel = path.relative_to(package_dir)
        name = module_name(package_dir, path)
        room = rel.parts[0] if len(rel.parts) > 1 else None
        for line, mod in imported_modules(path, name):
            target = _room(package, mod)
            top = mod.split(".")[0]
            where = rel.as_posix()
            if room == "core":
                if top in QT_OR_QGIS:
                    out.add((where, line, mod, "core imports QGIS or Qt"))
                if target in CORE_MAY_NOT_IMPORT:
                    out.add((where, line, mod, f"core imports {target}"))
            if target == "ui" and room != "ui" and where not in UI_ENTRY:
                out.add((where, line, mod, "ui imported outside ui/"))
            if room == "qgis_io" and target in ("ui", "project", "algorithms"):
                out.add((where, line, mod, f"qgis_io imports {target}"))
            if room == "algorithms" and target == "algorithms":
                parts = mod.split(".")
                other = parts[2] if len(parts) > 2 else None
                mine = rel.stem
                if other is not None and other not in ("base", mine) and mine != "__init__":
                    out.add((where, line, mod, "an algorithm imports another algorithm"))
    return sorted(out)


BLOCKER = textwrap.dedent("""
    import importlib, json, sys, traceback
    BLOCKED = {blocked!r}

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{{name}} is blocked: the engine must work without QGIS/Qt")
            return None

    sys.meta_path.insert(0, Blocker())
    failed = {{}}
    for name in json.loads(sys.argv[1]):
        try:
            importlib.import_module(name)
        except BaseException as exc:  # noqa: BLE001 - report every module
            failed[name] = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    print(json.dumps(failed))
""").format(blocked=set(QT_OR_QGIS))


def blocked_import_failures(package_dir, subtree="core"):
    """{module: error} for the modules under ``package_dir/subtree`` that do not import in a
    fresh Python where every qgis/Qt import raises ImportError."""
    package_dir = Path(package_dir)
    names = [module_name(package_dir, p) for p in sorted((package_dir / subtree).rglob("*.py"))
             if "__pycache__" not in p.parts]
    env = dict(os.environ, PYTHONPATH=str(package_dir.parent), PYTHONDONTWRITEBYTECODE="1")
    env.pop("QGIS_PREFIX_PATH", None)
    proc = subprocess.run([sys.executable, "-c", BLOCKER, json.dumps(names)], env=env,
                          cwd=str(package_dir.parent), capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1]), names


# ---------------------------------------------------------------------------------------------
# the rules on the plugin
# ---------------------------------------------------------------------------------------------

def test_rooms_keep_their_rules():
    found = layout_violations(ROOT / PACKAGE)
    unexpected = [v for v in found if (v[0], v[2]) not in KNOWN_VIOLATIONS]
    assert not unexpected, "Room rules broken:\n" + "\n".join(
        f"  {f}:{line} imports {mod} ({rule})" for f, line, mod, rule in unexpected)
    stale = [k for k in KNOWN_VIOLATIONS if k not in {(v[0], v[2]) for v in found}]
    assert not stale, ("These allowed violations are gone: remove them from KNOWN_VIOLATIONS in "
                       f"tests/test_layout.py: {stale}")


def test_engine_modules_import_without_qgis_or_qt():
    failed, names = blocked_import_failures(ROOT / PACKAGE)
    assert len(names) >= 30, names         # every module under core/, not a sample
    assert f"{PACKAGE}.core.network.search" in names
    # the compiled kernels' modules need numba, an optional compiler: their loaders
    # (core/common/compiled.py) fall back to numpy when it is missing, so that is no violation
    failed = {k: v for k, v in failed.items()
              if v != "ModuleNotFoundError: No module named 'numba'"}
    assert not failed, "Engine modules that need QGIS or Qt:\n" + "\n".join(
        f"  {k}: {v}" for k, v in failed.items())


# ---------------------------------------------------------------------------------------------
# the checkers see violations (synthetic trees)
# ---------------------------------------------------------------------------------------------

def _tree(base, files):
    pkg = base / "fakepkg"
    for rel, text in files.items():
        path = pkg / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    for folder in [pkg] + [p for p in pkg.rglob("*") if p.is_dir()]:
        init = folder / "__init__.py"
        if not init.exists():
            init.write_text("", encoding="utf-8")
    return pkg


def test_layout_checker_finds_each_kind_of_violation(tmp_path):
    pkg = _tree(tmp_path, {
        "core/clean.py": "import numpy\nfrom ..paths import x\nfrom .other import y\n",
        "core/qt.py": "def f():\n    from qgis.PyQt.QtCore import QVariant\n",
        "core/sip_user.py": "import sip\n",
        "core/reaches_io.py": "from ..qgis_io import layers\n",
        "core/deep/reaches_project.py": "from ...project.runs import lookup\n",
        "core/absolute.py": "import fakepkg.qgis_io.layers\n",
        "qgis_io/layers.py": "from ..project import styles\nfrom ..ui.dock import Dock\n",
        "qgis_io/fine.py": "from ..core.clean import x\nfrom .layers import y\n",
        "project/styles.py": "from .. import ui\n",
        "plugin.py": "from .ui.dock import Dock\n",
        "ui/dock.py": "from .other import z\n",
        "algorithms/base.py": "from ..qgis_io import fine\n",
        "algorithms/walk.py": "from .base import Alg\nfrom .flood import helper\n",
        "algorithms/flood.py": "from . import base, other\nfrom fakepkg.algorithms.walk import W\n",
    })
    found = {(f, mod, rule) for f, _line, mod, rule in layout_violations(pkg)}
    another = "an algorithm imports another algorithm"
    assert found == {
        ("core/qt.py", "qgis.PyQt.QtCore", "core imports QGIS or Qt"),
        ("core/sip_user.py", "sip", "core imports QGIS or Qt"),
        ("core/reaches_io.py", "fakepkg.qgis_io", "core imports qgis_io"),
        ("core/reaches_io.py", "fakepkg.qgis_io.layers", "core imports qgis_io"),
        ("core/deep/reaches_project.py", "fakepkg.project.runs", "core imports project"),
        ("core/absolute.py", "fakepkg.qgis_io.layers", "core imports qgis_io"),
        ("qgis_io/layers.py", "fakepkg.project", "qgis_io imports project"),
        ("qgis_io/layers.py", "fakepkg.project.styles", "qgis_io imports project"),
        ("qgis_io/layers.py", "fakepkg.ui.dock", "ui imported outside ui/"),
        ("qgis_io/layers.py", "fakepkg.ui.dock", "qgis_io imports ui"),
        ("project/styles.py", "fakepkg.ui", "ui imported outside ui/"),
        ("algorithms/walk.py", "fakepkg.algorithms.flood", another),
        ("algorithms/flood.py", "fakepkg.algorithms.walk", another),
        ("algorithms/flood.py", "fakepkg.algorithms.other", another),
    }


def test_relative_imports_resolve_from_packages_and_modules(tmp_path):
    pkg = _tree(tmp_path, {"a/b/c.py": "from . import d\nfrom .. import e\nfrom ..f import g\n",
                           "a/b/__init__.py": "from . import h\nfrom .. import i\n"})
    c = {m for _, m in imported_modules(pkg / "a/b/c.py", "fakepkg.a.b.c")}
    assert c == {"fakepkg.a.b", "fakepkg.a", "fakepkg.a.e", "fakepkg.a.f"}
    init = {m for _, m in imported_modules(pkg / "a/b/__init__.py", "fakepkg.a.b")}
    assert init == {"fakepkg.a.b", "fakepkg.a", "fakepkg.a.i"}


def test_import_blocker_catches_direct_and_indirect_qgis_imports(tmp_path):
    pkg = _tree(tmp_path, {
        "core/pure.py": "import json\nVALUE = 1\n",
        "core/direct.py": "from qgis.core import QgsGeometry\n",
        "core/indirect.py": "from ..helpers import thing\n",
        "core/qt.py": "from PyQt5.QtCore import QVariant\n",
        "helpers.py": "import qgis.PyQt.QtCore\nthing = 1\n",
    })
    failed, names = blocked_import_failures(pkg)
    assert set(names) == {"fakepkg.core", "fakepkg.core.pure", "fakepkg.core.direct",
                          "fakepkg.core.indirect", "fakepkg.core.qt"}
    assert set(failed) == {"fakepkg.core.direct", "fakepkg.core.indirect", "fakepkg.core.qt"}
    assert all("is blocked" in msg for msg in failed.values())


def test_allow_list_names_real_files():
    # every allowed violation points at a file that exists (a typo would hide nothing)
    for (rel, _mod) in KNOWN_VIOLATIONS:
        assert (ROOT / PACKAGE / rel).exists(), rel
