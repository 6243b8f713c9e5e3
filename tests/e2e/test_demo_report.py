"""`make demo` as a council member gets it: the demo runs to its end (its own QGIS process, as
`make demo` starts it) and its report, HTML and PDF, reads well -- nothing internal, no table
that stacks letters or splits a header word, a first page that answers the question, tens of
pages, every page rendered to PNG (tests/_artifacts/demo_report-N.png: look at them)."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from report_checks import INTERNAL, split_words, stacked_letters

from conftest import ARTIFACTS

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("pdftoppm", "pdftotext", "pdfinfo")
pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                 reason="poppler-utils missing")]


def test_demo_report_reads_well(tmp_path):
    out = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "demo.py"), "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    pdf, html = out / "sao_paulo_report.pdf", out / "sao_paulo_report.html"
    assert pdf.exists() and html.exists()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    page_html = html.read_text(encoding="utf-8")
    for s in INTERNAL:
        assert s not in text, s
        assert s not in page_html, s
    assert "\ufffd" not in text                      # no missing glyph
    assert not stacked_letters(text), stacked_letters(text)[:5]
    assert not split_words(text, ("Category", "Population", "Indicator", "Parameter"))
    first = re.sub(r"\s+", " ", text.split("\f")[0])
    assert "Summary" in first and "better." in first, first[:500]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages <= 60, pages                        # tens of pages, not a data dump
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("demo_report-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(ARTIFACTS / "demo_report")],
                   check=True)
    assert len(list(ARTIFACTS.glob("demo_report-*.png"))) == pages
