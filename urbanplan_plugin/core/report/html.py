"""The report as HTML (one self-contained file) and numbers as text."""
import math
import os

from ..common.numbers import format_value

# ------------------------------------------------------------------------------------------
# HTML: a jinja2 template (templates/report.html.j2) fed with plain view dicts
# ------------------------------------------------------------------------------------------

CSS = """
body { font-family: 'Noto Sans', 'DejaVu Sans', Arial, 'Noto Sans CJK SC', 'Microsoft YaHei',
       'WenQuanYi Micro Hei', sans-serif; font-size: 10.5pt; color: #222; max-width: 60em;
       margin: 2em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 20pt; color: #16365c; margin-bottom: 0.1em; }
h2 { font-size: 15pt; color: #16365c; border-bottom: 2px solid #16365c; padding-bottom: 2px;
     margin-top: 1.6em; }
h3 { font-size: 12pt; color: #16365c; margin-top: 1.1em; }
p.subtitle { font-size: 12pt; color: #555; margin-top: 0; }
p.meta, p.note, p.caption, span.note { color: #555; font-size: 9pt; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; }
table.maps td { border: none; vertical-align: top; }
th { background: #dce6f1; text-align: left; padding: 3px 6px; border: 1px solid #b8c7da;
     font-weight: bold; hyphens: none; word-break: normal; }
td { padding: 3px 6px; border: 1px solid #d0d7e1; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
table.facts td.num { font-weight: bold; }
table.headline td.num { font-weight: bold; font-size: 12pt; }
span.meaning { color: #444; font-size: 9pt; }
div.figure { margin: 0.6em 0 1em 0; }
img { max-width: 100%; }
pre.method { white-space: pre-wrap; font-family: inherit; font-size: 9pt; color: #333;
             background: #f6f8fa; padding: 6px; border: 1px solid #e1e4e8; }
"""

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")

MAX_COLUMNS = 6
"""Columns of a table on an A4 page in portrait: wider tables are split (the first column, which
names the row, repeated) so headers wrap between words, never inside one."""

MAX_ZONE_COLUMNS = 5
"""Zones side by side in the zone overview (it is turned: one row per indicator)."""


def _attr(value):
    if value is None:
        return ""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    return "" if math.isnan(v) else repr(v)


def _cell(value, fmt, key=""):
    if fmt == "text":
        return {"text": "" if value is None else str(value), "num": False}
    return {"text": format_value(value, fmt), "num": True, "key": key, "value": _attr(value)}


def table_views(t, max_columns=MAX_COLUMNS):
    """A :class:`Table` as one or more views ({title, headers, rows of cells, note}) of at most
    ``max_columns`` columns each; every number keeps its data key."""
    cols = list(t.columns)
    first, rest = cols[:1], cols[1:]
    width = max(1, max_columns - len(first))
    chunks = [rest[i:i + width] for i in range(0, len(rest), width)] or [[]]
    views = []
    for k, chunk in enumerate(chunks):
        use = first + chunk
        rows = []
        for row in t.rows:
            rk = row.get(t.row_key) if t.row_key else None
            cells = []
            for cid, _label, fmt in use:
                f = row.get("_fmt", "num") if fmt == "fmt" else fmt
                key = f"{t.key}.{rk}.{cid}" if t.key and rk is not None else ""
                cells.append(_cell(row.get(cid), f, key))
            rows.append(cells)
        headers = [{"label": label, "num": fmt != "text"} for _cid, label, fmt in use]
        _widths(headers, rows)
        views.append({"title": t.title if k == 0 else "", "headers": headers,
                      "rows": rows, "note": t.note if k == len(chunks) - 1 else ""})
    return views


def _longest_word(text):
    return max((len(w) for w in str(text).split()), default=0)


def _widths(headers, rows):
    """Each column's share of the width (``width`` of its header, in %), so that the longest
    word of the header and the widest number or word of a cell fit: Qt's table layout would
    otherwise break a narrow column's header inside a word ('Categ ory')."""
    need = []
    for j, h in enumerate(headers):
        words = [_longest_word(h["label"]) * 1.1]   # bold header
        for row in rows:
            c = row[j]
            words.append(len(c["text"]) if c["num"] else _longest_word(c["text"]))
            if not c["num"]:
                words.append(min(len(c["text"]), 28) * 0.6)
        need.append(max(words + [4]))
    total = sum(need)
    for h, n in zip(headers, need):
        h["width"] = max(6, int(round(100.0 * n / total)))


def transposed_views(t, label, max_columns=MAX_ZONE_COLUMNS):
    """A table whose rows are few and columns many (zones x indicators) turned a quarter: one row
    per column of ``t``, one column per row of ``t`` (``max_columns`` at a time); the data keys
    stay those of ``t`` (key.<row key>.<column id>)."""
    name_col = t.columns[0][0]
    value_cols = t.columns[1:]
    views = []
    for k in range(0, max(len(t.rows), 1), max_columns):
        part = t.rows[k:k + max_columns]
        rows = []
        for cid, clabel, fmt in value_cols:
            cells = [_cell(clabel, "text")]
            for row in part:
                rk = row.get(t.row_key) if t.row_key else None
                key = f"{t.key}.{rk}.{cid}" if t.key and rk is not None else ""
                cells.append(_cell(row.get(cid), fmt, key))
            rows.append(cells)
        headers = [{"label": label, "num": False}] + \
            [{"label": str(r.get(name_col)), "num": True} for r in part]
        _widths(headers, rows)
        views.append({"title": t.title if k == 0 else "", "headers": headers, "rows": rows,
                      "note": t.note})
    return views


METHOD_CHARS = 1400


def method_digest(text, limit=METHOD_CHARS):
    """The opening paragraphs of an algorithm's help (what it answers and how), up to about
    ``limit`` characters: the rest (every parameter, output field and choice) is in the
    algorithm's dialog, not a report."""
    paras = [p.strip() for p in str(text or "").split("\n\n") if p.strip()]
    out = []
    for p in paras:
        if out and sum(len(x) for x in out) + len(p) > limit:
            break
        out.append(p if len(p) <= limit else p[:limit].rsplit(" ", 1)[0] + " …")
    return "\n\n".join(out)


def _environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    return Environment(loader=FileSystemLoader(TEMPLATES),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def render_html(report, image_src=None, qt=False, page_breaks=False):
    """The report as one HTML document (``templates/report.html.j2``).

    ``image_src(path) -> str`` gives the ``src`` of an image (a data URI for a self-contained
    file, a resource name for Qt); ``qt`` writes the attributes QTextDocument understands;
    ``page_breaks``: each section, the zones and each appendix start a new page (for the PDF;
    the break is a style of the heading itself, so no empty paragraph spills onto a blank
    page)."""
    from markupsafe import Markup
    image_src = image_src or (lambda p: p)
    env = _environment()
    env.filters["src"] = image_src
    env.filters["qtsize"] = lambda path, share: Markup(_qt_width(qt, share, path))
    L = dict(report.labels)
    sections = []
    for s in report.sections:
        sections.append({
            "key": s.key, "title": s.title, "intro": s.intro,
            "facts": [{"label": f.label, "cell": _cell(f.value, f.fmt, f.key)} for f in s.facts],
            "figures": s.figures, "charts": s.charts, "notes": s.notes,
            "tables": [v for t in s.tables for v in table_views(t)],
            "method": s.method, "method_full": s.method_full,
            "parameters": [{"label": label, "value": value, "is_default": d}
                           for label, value, d, _name in s.parameters if not d],
            "defaults": "; ".join(f"{label}: {value}" for label, value, d, _name
                                  in s.parameters if d),
            "presets": s.presets,
            "layers": [{"name": n, "count": f"{int(c):,}", "crs": crs}
                       for n, _src, c, crs in s.layers]})
    zones = None
    if report.zone_table is not None or report.zone_pages:
        zones = {"tables": (transposed_views(report.zone_table, L.get("indicator", ""))
                            if report.zone_table is not None else []),
                 "pages": [z for z in report.zone_pages if z.figures]}
    methods, done = [], set()
    for s in report.sections:
        if s.method_full and s.method_full not in done:
            done.add(s.method_full)
            methods.append({"key": s.key, "title": s.title, "text": method_digest(s.method_full)})
    changes, values = [], []
    for h in report.headline:
        if h.baseline is not None or h.scenario is not None:
            changes.append({"label": h.label, "meaning": h.meaning, "section": h.section,
                            "cells": [_cell(h.baseline, h.fmt, h.key + ".baseline"),
                                      _cell(h.scenario, h.fmt, h.key + ".scenario"),
                                      _cell(h.change, h.change_fmt or h.fmt,
                                            h.key + ".change")]})
        else:
            values.append({"label": h.label, "meaning": h.meaning, "section": h.section,
                           "cells": [_cell(h.value, h.fmt, h.key)]})
    headline = [p for p in ({"compare": True, "rows": changes},
                            {"compare": False, "rows": values}) if p["rows"]]
    return env.get_template("report.html.j2").render(
        report=report, L=L, css=CSS, qt=qt, page_breaks=page_breaks, sections=sections,
        zones=zones, methods=methods, headline=headline,
        cover_map=report.cover_map)


QT_TEXT_WIDTH_PX = 680
"""Width (px) of the text column the PDF lays the HTML out in (A4, 96 dpi, ~15 mm margins)."""


def _qt_width(qt, share, path=None):
    """width (and height, from the PNG header) attributes for Qt's text engine, which otherwise
    reserves the unscaled height of an image in a table row."""
    if not qt:
        return ""
    w = int(QT_TEXT_WIDTH_PX * share)
    size = _png_size(path) if path else None
    if size and size[0] > 0:
        return f' width="{w}" height="{int(round(w * size[1] / size[0]))}"'
    return f' width="{w}"'


def _png_size(path):
    """(width, height) of a PNG file from its header, or None."""
    import struct
    try:
        with open(path, "rb") as fh:
            head = fh.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def data_uri(path):
    """A data: URI embedding a PNG (or JPEG) file, for a self-contained HTML file."""
    import base64
    ext = os.path.splitext(path)[1].lower()
    mime = "image/jpeg" if ext in (".jpg", ".jpeg") else "image/png"
    with open(path, "rb") as fh:
        return f"data:{mime};base64," + base64.b64encode(fh.read()).decode("ascii")
