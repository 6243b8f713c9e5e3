"""What a readable report never shows, checked on its PDF text (pdftotext -layout): shared by
the sample-city report test (tests/qgis/test_report_pages.py) and the demo report test
(tests/e2e/test_demo_report.py)."""
import re

INTERNAL = ("memory:", "memory?", "TEMPORARY_OUTPUT", "/tmp/", "CASES.md", "Band 1 (Gray)",
            "layername=", ".gpkg")


def stacked_letters(text):
    """Lines of a table cell that hold one or two letters of a word cut by the layout
    ('Categ' / 'ory', 'C' / 'a' / 't'): a run of such fragments in one column."""
    bad = []
    for line in text.splitlines():
        cells = [c for c in re.split(r"\s{2,}", line.strip()) if c]
        for c in cells:
            if (re.fullmatch(r"[a-z]{1,2}|[A-Z]", c)
                    and c not in ("m", "km", "ha", "a", "b", "of", "to", "in", "no", "or", "on")):
                bad.append(line)
    return bad


def split_words(text, words):
    """Header words that appear only cut in two across lines (e.g. 'Categ' + 'ory')."""
    flat = re.sub(r"\s+", " ", text)
    out = []
    for w in words:
        if w not in flat:
            out.append(w)
    return out
