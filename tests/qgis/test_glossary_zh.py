"""The Chinese workshop sheets name the interface exactly as the Chinese interface does.

docs/glossary.zh_CN.json is the one list of interface names: every term is the compiled
translation (urbanplan_zh_CN.ts -> .qm, as QGIS loads it) of its English interface string (or
of the head of a label, the part before its explanation in brackets), and every name the sheets
quote between 「」 is a glossary term, the English name after it (in （）) being that term's."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
SHEETS = sorted((ROOT / "docs").glob("workshop_*.zh_CN.md"))
QUOTED = re.compile(r"「([^」]+)」((?:\s*▸\s*「[^」]+」)*)"
                    r"(?:\**\s*（((?:[^（）]|（[^（）]*）)+)）)?")
"""「a」, a chain 「a」▸「b」, optionally followed by the English names in （）."""

sys.path.insert(0, str(ROOT / "tools"))
import i18n_extract as X  # noqa: E402


def glossary():
    return json.loads((ROOT / "docs" / "glossary.zh_CN.json").read_text(encoding="utf-8"))["terms"]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease (qttools5-dev-tools) missing")
    qm = tmp_path_factory.mktemp("qm") / "urbanplan_zh_CN.qm"
    subprocess.run(["lrelease", "-silent", str(X.ts_path("zh_CN")), "-qm", str(qm)], check=True,
                   timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def tr(translator, context, source):
    """The compiled translation (PyQt passes the source to QTranslator as bytes: UTF-8)."""
    return translator.translate(context.encode("utf-8"), source.encode("utf-8"))


def test_every_glossary_term_is_the_compiled_translation(compiled):
    messages = X.extract().messages
    bad = []
    for en, zh in glossary().items():
        exact = [k for k in messages if k[1] == en]
        heads = [k for k in messages if k[1] != en and X.head(k[1]) == en]
        if not exact and not heads:
            bad.append(f"{en!r}: no interface string (or label head) is this")
            continue
        for ctx, src, _c in exact:
            got = tr(compiled, ctx, src)
            if got != zh:
                bad.append(f"{en!r} [{ctx}] is shown as {got!r}, the glossary says {zh!r}")
        for ctx, src, _c in heads:
            got = X.head(tr(compiled, ctx, src))
            if got != zh:
                bad.append(f"{src!r} [{ctx}] starts {got!r}, the glossary says {zh!r}")
    assert not bad, "\n".join(bad)


def quoted_terms(text):
    """[(chinese names, english names or None)] of every 「」 chain in ``text``."""
    text = re.sub(r"^>[ \t]?", "", text, flags=re.M)      # quoted paragraphs
    out = []
    for m in QUOTED.finditer(text):
        zh = [m.group(1)] + re.findall(r"「([^」]+)」", m.group(2) or "")
        en = [e.strip() for e in re.split(r"\s*▸\s*", " ".join(m.group(3).split()))] \
            if m.group(3) else None
        out.append((zh, en))
    return out


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: p.name)
def test_sheets_quote_the_interface_names(sheet):
    terms = glossary()
    known = set(terms.values())
    text = sheet.read_text(encoding="utf-8")
    found = quoted_terms(text)
    assert len(found) > 20, f"{sheet.name}: quotes only {len(found)} interface names"
    bad = []
    for zh, en in found:
        bad += [f"「{z}」 is not an interface name (docs/glossary.zh_CN.json)" for z in zh
                if z not in known]
        if en and all(re.search(r"[A-Za-z]", e) for e in en):
            # the English names belong to the last Chinese names (a path may leave out
            # 'UrbanPlan' in English)
            if len(en) > len(zh):
                bad.append(f"{zh} has more English names than Chinese ones: {en}")
                continue
            for z, e in zip(zh[len(zh) - len(en):], en):
                if terms.get(e) != z:
                    bad.append(f"「{z}」（{e}）: the interface shows {e!r} as {terms.get(e)!r}")
    assert not bad, f"{sheet.name}:\n" + "\n".join(bad)


def test_quote_parser():
    text = ("菜单 **「UrbanPlan」▸「打开研讨会项目…」**（UrbanPlan ▸ Open workshop project…）；"
            "「洪水暴露（水中的人口、建筑、道路）」（Flood exposure (people, buildings, roads in "
            "water)）；「结果」\n   （Results）；「新建…」")
    assert quoted_terms(text) == [
        (["UrbanPlan", "打开研讨会项目…"], ["UrbanPlan", "Open workshop project…"]),
        (["洪水暴露（水中的人口、建筑、道路）"],
         ["Flood exposure (people, buildings, roads in water)"]),
        (["结果"], ["Results"]),
        (["新建…"], None)]
