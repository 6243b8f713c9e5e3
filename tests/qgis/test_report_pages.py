"""The report as a reader gets it: the PDF of the sample city (tests/report_city.py), in English and
in Simplified Chinese, rendered to PNG pages (tests/_artifacts/report_en-N.png, report_zh-N.png:
look at them) and read back as text (pdftotext -layout). Nothing internal is printed, no table
stacks letters one per line or splits a header word, the first page answers the question, money
has a currency, and the Chinese PDF embeds a CJK font."""
import re
import shutil
import subprocess

import pytest
from report_checks import INTERNAL, split_words, stacked_letters
from test_translations_qgis import qgis_language, qm_dir  # noqa: F401 - fixtures used below

import report_city

TOOLS = ("pdftoppm", "pdftotext", "pdffonts", "pdfinfo")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                reason="poppler-utils missing")

@pytest.fixture(scope="module")
def city(provider, tmp_path_factory):
    from urbanplan_plugin.project.runs import forget_all
    forget_all()
    return report_city.build(tmp_path_factory.mktemp("city"))


def _report(city, folder, title="São Paulo sample city"):
    from qgis import processing
    results, comparison = report_city.report_inputs(city)
    processing.run("urbanplan:report", {
        "RESULTS": results, "COMPARISON": comparison, "ZONES": city["zones"],
        "ZONE_FIELD": "name", "TITLE": title,
        "SUBTITLE": "Climate shelters (synthetic) and a synthetic flood",
        "OUTPUT_HTML": str(folder / "report.html"), "OUTPUT_PDF": str(folder / "report.pdf")})
    pdf = folder / "report.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return pdf, (folder / "report.html").read_text(encoding="utf-8"), text


def _pages(pdf, artifacts, prefix):
    for old in artifacts.glob(f"{prefix}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(artifacts / prefix)],
                   check=True)
    return sorted(artifacts.glob(f"{prefix}-*.png"))


def test_english_report_reads_well(city, tmp_path, artifacts):
    pdf, html, text = _report(city, tmp_path)
    for s in INTERNAL:
        assert s not in text, s
        assert s not in html, s
    assert not stacked_letters(text), stacked_letters(text)[:5]
    headers = ("Category", "Population", "Share within", "Depth class", "Features", "Indicator",
               "Baseline", "Scenario", "Change", "Parameter")
    assert not split_words(text, headers)
    # the first page answers the question: headline indicators with what they mean
    first = re.sub(r"\s+", " ", text.split("\f")[0])
    assert "Summary" in first and "What it means" in first, first
    assert "better." in first          # each headline says which direction is better
    assert "Baseline" in first and "Scenario" in first   # a comparison report: before/after
    # the climate-shelter preset run cites its preset, not the 15-minute default
    assert "15-minute community life circle" not in text.split("Service areas")[0]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages <= 40, pages
    pngs = _pages(pdf, artifacts, "report_en")
    assert len(pngs) == pages


def test_chinese_report_has_cjk_glyphs(city, tmp_path, artifacts, qgis_language):  # noqa: F811
    qgis_language("zh_CN")
    pdf, html, text = _report(city, tmp_path, title="圣保罗示例城市")
    assert re.search(r"[\u4e00-\u9fff]{4}", text.split("\f")[0])   # translated headings
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert re.search(r"WenQuanYi|Noto ?Sans ?CJK|Source ?Han|Droid ?Sans ?Fallback|"
                     r"AR ?PL|SimHei|YaHei|PingFang", fonts, re.I), fonts
    assert "\ufffd" not in text           # no replacement characters (missing glyph boxes)
    for s in INTERNAL:
        assert s not in text, s
    _pages(pdf, artifacts, "report_zh")
