"""The documentation works offline and cites only what ships.

tools/build_docs.py turns docs/*.md into the HTML pages the plugin zip carries (the Help buttons
and the workshop message open them): every page is built, every link between pages lands on
a page and an anchor that exist. Every file a help text, preset, report string or page cites
is one that ships (the project's design notes, e.g. a "CASES.md", do not); the publications
are on the Sources page."""
import ast
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PLUGIN = ROOT / "urbanplan_plugin"
FILE_REF = re.compile(r"(?<![\w/.{}-])([\w./{}-]+\.md)\b")


def _load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pytest.importorskip("markdown")
    out = tmp_path_factory.mktemp("docs")
    names = _load("build_docs").build(out)
    return out, names


def test_every_page_is_built_with_working_links(built):
    out, names = built
    assert sorted(names) == sorted(p.stem for p in DOCS.glob("*.md"))
    for name in ("user_guide", "algorithms", "workshop_2h", "workshop_1day", "workshop_2h.zh_CN",
                 "workshop_1day.zh_CN", "sources"):
        assert (out / f"{name}.html").stat().st_size > 2000, name
    assert (out / "index.html").exists() and (out / "urbanplan.css").exists()
    bd = sys.modules["build_docs"]
    assert bd.broken_links(out) == []
    # links between pages point at the HTML pages, never at .md files
    guide = (out / "user_guide.html").read_text(encoding="utf-8")
    assert 'href="workshop_2h.html"' in guide and '.md"' not in guide
    zh = (out / "workshop_2h.zh_CN.html").read_text(encoding="utf-8")
    assert 'lang="zh-CN"' in zh and "研讨" in zh


def test_broken_links_are_reported(tmp_path):
    pytest.importorskip("markdown")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n\n[b](b.md#nowhere) [c](c.md) [self](#a)\n",
                               encoding="utf-8")
    (docs / "b.md").write_text("# B\n\n## Somewhere here\n", encoding="utf-8")
    bd = _load("build_docs")
    with pytest.raises(SystemExit) as err:
        bd.build(tmp_path / "out", docs)
    text = str(err.value)
    assert "b.html#nowhere" in text and "c.html" in text and "#a" not in text.split("\n", 1)[1] \
        .replace("nowhere", "")


def test_github_anchors():
    bd = _load("build_docs")
    seen = set()
    assert bd.github_slug("Reports (<code>urbanplan:report</code>)", seen) == \
        "reports-urbanplanreport"
    assert bd.github_slug("Bringing your own data", seen) == "bringing-your-own-data"
    assert bd.github_slug("Bringing your own data", seen) == "bringing-your-own-data-1"
    assert bd.github_slug("2. 现状：谁能步行到达避难所？", seen) == "2-现状谁能步行到达避难所"


def _strings_in_python(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def cited_texts():
    """(where, text) of every string a user reads: help texts and messages of the algorithms,
    the report's strings, the presets, the documentation pages, the translations."""
    out = []
    for path in sorted((PLUGIN / "algorithms").glob("*.py")):
        out += [(str(path.relative_to(ROOT)), s) for s in _strings_in_python(path)]
    for path in sorted((PLUGIN / "core" / "report").glob("*.py")) + \
            sorted((PLUGIN / "project").glob("report*.py")):
        out += [(str(path.relative_to(ROOT)), s) for s in _strings_in_python(path)]
    for path in sorted((ROOT / "resources" / "presets").glob("*.json")) + \
            sorted((ROOT / "resources" / "examples").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out += [(str(path.relative_to(ROOT)), s) for s in _json_strings(data)]
    for path in sorted(DOCS.glob("*.md")) + [ROOT / "resources" / "workshop" / "README.md"]:
        out.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    for path in sorted((PLUGIN / "i18n").glob("*.ts")):
        out.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    return out


def test_no_text_cites_a_file_that_does_not_ship():
    # the zip carries docs/ as HTML, the plugin's CHANGELOG.md (a link in urbanplan_plugin/)
    # and the sample data's ATTRIBUTION.md
    shipped = {p.name for p in DOCS.glob("*.md")} | {"README.md", "ATTRIBUTION.md"}
    shipped |= {p.name for p in PLUGIN.glob("*.md")}
    bad = []
    for where, text in cited_texts():
        if "CASES" in text:
            bad.append(f"{where}: cites the design notes 'CASES' (use the Sources page)")
        for ref in FILE_REF.findall(text):
            name = ref.split("/")[-1]
            if name not in shipped:
                bad.append(f"{where}: cites {ref}, which does not ship")
    assert not bad, "\n".join(sorted(set(bad))[:30])


def test_the_sources_page_names_the_publications():
    text = (DOCS / "sources.md").read_text(encoding="utf-8")
    for needle in ("Shanghai Manual", "2023 Annual Report", "2025 Annual Report",
                   "Guangzhou International Award for Urban Innovation", "SDG indicator 11.7.1",
                   "SDG indicator 11.2.1", "InaSAFE", "Huizinga", "Luo, W. & Wang, F. (2003)",
                   "Hansen, W. G. (1959)", "Barnes, R.", "Highway Capacity Manual"):
        assert needle in text, needle
    # every case a preset names has its entry
    for case in ("Wanli", "Hangzhou", "Bogotá", "Fortaleza", "Fuzhou", "Yangon", "Barcelona",
                 "Xianning", "Dakar", "Salvador", "Bijie"):
        assert case in text, case


def test_nested_lists_and_file_name_links(tmp_path):
    pytest.importorskip("markdown")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Page A\n\n1. Fill in:\n   * one\n   * two\n2. Run\n\n"
                               "See [b.md](b.md).\n", encoding="utf-8")
    (docs / "b.md").write_text("# Page B\n", encoding="utf-8")
    bd = _load("build_docs")
    bd.build(tmp_path / "out", docs)
    html = (tmp_path / "out" / "a.html").read_text(encoding="utf-8")
    assert re.search(r"<ol>\s*<li>\s*<p>Fill in:</p>\s*<ul>|<ol>\s*<li>Fill in:\s*<ul>", html), html
    assert '<a href="b.html">Page B</a>' in html
