"""The report as HTML (one self-contained file) and numbers as text."""
import html
import math
import os

from .model import Table

# ------------------------------------------------------------------------------------------
# numbers as text
# ------------------------------------------------------------------------------------------

def format_value(value, fmt):
    """Readable text of a value: int (thousands separated), num0..num3, pct (a percentage
    0-100), text. None/NaN -> '–'."""
    if fmt == "text":
        return "" if value is None else str(value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if fmt == "int":
        return f"{v:,.0f}"
    if fmt == "pct":
        return f"{v:.1f}%"
    if fmt.startswith("num") and fmt[3:].isdigit():
        return f"{v:,.{int(fmt[3:])}f}"
    return f"{v:,.4g}"


# ------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------

CSS = """
body { font-family: 'Noto Sans', 'DejaVu Sans', Arial, 'Microsoft YaHei', 'WenQuanYi Micro Hei',
       sans-serif; font-size: 10.5pt; color: #222; max-width: 60em; margin: 2em auto;
       padding: 0 1em; line-height: 1.4; }
h1 { font-size: 20pt; color: #16365c; margin-bottom: 0.1em; }
h2 { font-size: 15pt; color: #16365c; border-bottom: 2px solid #16365c; padding-bottom: 2px;
     margin-top: 1.6em; }
h3 { font-size: 12pt; color: #16365c; margin-top: 1.1em; }
p.subtitle { font-size: 12pt; color: #555; margin-top: 0; }
p.meta, p.note, p.caption { color: #555; font-size: 9pt; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; }
table.maps td { border: none; vertical-align: top; }
th { background: #dce6f1; text-align: left; padding: 3px 6px; border: 1px solid #b8c7da;
     font-weight: bold; }
td { padding: 3px 6px; border: 1px solid #d0d7e1; }
td.num { text-align: right; white-space: nowrap; }
table.facts td.value { font-weight: bold; text-align: right; white-space: nowrap; }
div.figure { margin: 0.6em 0 1em 0; }
img { max-width: 100%; }
pre.method { white-space: pre-wrap; font-family: inherit; font-size: 9pt; color: #333;
             background: #f6f8fa; padding: 6px; border: 1px solid #e1e4e8; }
"""


def _esc(text):
    return html.escape("" if text is None else str(text))


def _attr(value):
    if value is None:
        return ""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    return "" if math.isnan(v) else repr(v)


def _table_html(t, qt=False):
    out = []
    attrs = ' cellspacing="0" cellpadding="4" border="1"' if qt else ""
    if t.title:
        out.append(f"<h3>{_esc(t.title)}</h3>")
    out.append(f'<table class="data"{attrs}><tr>'
               + "".join(f"<th>{_esc(label)}</th>" for _, label, _ in t.columns) + "</tr>")
    for row in t.rows:
        rk = row.get(t.row_key) if t.row_key else None
        cells = []
        for cid, _, fmt in t.columns:
            v = row.get(cid)
            f = row.get("_fmt", "num") if fmt == "fmt" else fmt
            if f == "text":
                cells.append(f"<td>{_esc(v)}</td>")
                continue
            key = f"{t.key}.{rk}.{cid}" if t.key and rk is not None else ""
            data = (f' data-key="{_esc(key)}" data-value="{_attr(v)}"' if key else "")
            align = ' align="right"' if qt else ""
            cells.append(f'<td class="num"{align}{data}>{_esc(format_value(v, f))}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    if t.note:
        out.append(f'<p class="note">{_esc(t.note)}</p>')
    return "\n".join(out)


def _facts_html(facts, qt=False, with_section=False):
    if not facts:
        return ""
    attrs = ' cellspacing="0" cellpadding="4" border="1"' if qt else ""
    rows = []
    last = None
    for f in facts:
        data = f' data-key="{_esc(f.key)}" data-value="{_attr(f.value)}"' if f.key else ""
        align = ' align="right"' if qt else ""
        head = ""
        if with_section:
            head = f"<td>{_esc(f.section) if f.section != last else ''}</td>"
            last = f.section
        rows.append(f"<tr>{head}<td>{_esc(f.label)}</td><td class=\"value\"{align}{data}><b>"
                    f"{_esc(format_value(f.value, f.fmt))}</b></td></tr>")
    return f'<table class="facts"{attrs}>' + "".join(rows) + "</table>"


def render_html(report, image_src=None, qt=False, page_breaks=False):
    """The report as one HTML document.

    ``image_src(path) -> str`` gives the ``src`` of an image (a data URI for a self-contained
    file, a resource name for Qt); ``qt`` writes the attributes QTextDocument understands;
    ``page_breaks``: each section, zone page and appendix starts a new page (for the PDF; the
    break is a style of the heading itself, so no empty paragraph can spill onto a blank page)."""
    brk = ' style="page-break-before: always"' if page_breaks else ""
    image_src = image_src or (lambda p: p)
    L = report.labels
    h = [f'<!DOCTYPE html>\n<html lang="{_esc(report.language)}"><head><meta charset="utf-8">'
         f"<title>{_esc(report.title)}</title><style>{CSS}</style></head><body>"]
    h.append(f"<h1>{_esc(report.title)}</h1>")
    if report.subtitle:
        h.append(f'<p class="subtitle">{_esc(report.subtitle)}</p>')
    h.append(f'<p class="meta">{_esc(L["created"])}: {_esc(report.created)} · '
             f'{_esc(L["generated"])}</p>')
    if report.summary:
        h.append(f'<h2>{_esc(L["summary"])}</h2>')
        h.append(_facts_html(report.summary, qt, with_section=True))
    h.append(f'<h3>{_esc(L["contents"])}</h3><ol>')
    for s in report.sections:
        h.append(f'<li><a href="#{_esc(s.key)}">{_esc(s.title)}</a></li>')
    if report.zone_pages or report.zone_table is not None:
        h.append(f'<li><a href="#zones">{_esc(L["zones"])}</a></li>')
    if any(s.method_full for s in report.sections):
        h.append(f'<li><a href="#methods">{_esc(L["methods_full"])}</a></li>')
    h.append(f'<li><a href="#software">{_esc(L["software"])}</a></li></ol>')
    for s in report.sections:
        h.append(f'<h2 id="{_esc(s.key)}"{brk}><a name="{_esc(s.key)}"></a>{_esc(s.title)}</h2>')
        if s.intro:
            h.append(f"<p>{_esc(s.intro)}</p>")
        h.append(_facts_html(s.facts, qt))
        for fig in s.figures:
            h.append(f'<div class="figure"><img src="{_esc(image_src(fig.image))}" '
                     f'alt="{_esc(fig.title)}"{_qt_width(qt, 1.0, fig.image)}>'
                     f'<p class="caption">{_esc(fig.title)}</p></div>')
        for t in s.tables:
            h.append(_table_html(t, qt))
        for c in s.charts:
            if c.image:
                h.append(f'<div class="figure"><img src="{_esc(image_src(c.image))}" '
                         f'alt="{_esc(c.title)}"{_qt_width(qt, 0.85, c.image)}></div>')
        for n in s.notes:
            h.append(f'<p class="note">{_esc(n)}</p>')
        if s.method:
            more = (f' <a href="#method_{_esc(s.key)}">{_esc(L["methods_full"])}</a>'
                    if s.method_full else "")
            h.append(f'<h3>{_esc(L["method"])}</h3><p>{_esc(s.method)}{more}</p>')
        if s.parameters:
            h.append(f'<h3>{_esc(L["parameters"])}</h3>')
            attrs = ' cellspacing="0" cellpadding="3" border="1"' if qt else ""
            h.append(f'<table class="params"{attrs}><tr><th>{_esc(L["parameter"])}</th>'
                     f'<th>{_esc(L["value"])}</th></tr>')
            for label, value, is_default, pname in s.parameters:
                mark = f' <span class="note">{_esc(L["default"])}</span>' if is_default else ""
                h.append(f'<tr><td>{_esc(label)} <code>{_esc(pname)}</code></td>'
                         f'<td>{_esc(value)}{mark}</td></tr>')
            h.append("</table>")
        if s.presets:
            h.append(f'<h3>{_esc(L["presets"])}</h3><ul>')
            for name, source in s.presets:
                h.append(f"<li><b>{_esc(name)}</b>: {_esc(source)}</li>")
            h.append("</ul>")
        if s.layers:
            h.append(f'<h3>{_esc(L["layers"])}</h3><ul>')
            for name, source, count, crs in s.layers:
                h.append(f'<li>{_esc(name)} — {_esc(L["features"])}: {count:,}'
                         + (f", {_esc(L['crs'])}: {_esc(crs)}" if crs else "")
                         + f'<br><span class="note">{_esc(source)}</span></li>')
            h.append("</ul>")
    if report.zone_table is not None or report.zone_pages:
        h.append(f'<h2 id="zones"{brk}><a name="zones"></a>{_esc(L["zones"])}</h2>')
        if report.zone_table is not None:
            h.append(_table_html(report.zone_table, qt))
        for zp in report.zone_pages:
            h.append(f"<h3{brk}>{_esc(zp.zone)}</h3>")
            # maps first: a long indicator table then breaks across pages on its own, where a
            # map row that does not fit would leave the rest of the page empty
            if zp.figures:
                h.append('<table class="maps" cellspacing="0" cellpadding="2" border="0">')
                for k in range(0, len(zp.figures), 2):
                    cells = []
                    for fig in zp.figures[k:k + 2]:
                        w = (_qt_width(qt, 0.48, fig.image) if qt else ' style="width: 100%"')
                        cells.append(f'<td width="50%"><img src="{_esc(image_src(fig.image))}" '
                                     f'alt="{_esc(fig.title)}"{w}></td>')
                    h.append("<tr>" + "".join(cells) + "</tr>")
                h.append("</table>")
            if zp.table is not None:
                t = Table("", zp.table.columns, zp.table.rows, zp.table.key, zp.table.row_key)
                h.append(_table_html(t, qt))
    fulls = [s for s in report.sections if s.method_full]
    if fulls:
        h.append(f'<h2 id="methods"{brk}><a name="methods"></a>{_esc(L["methods_full"])}</h2>')
        done = set()
        for s in fulls:
            if s.method_full in done:
                continue
            done.add(s.method_full)
            h.append(f'<h3 id="method_{_esc(s.key)}"><a name="method_{_esc(s.key)}"></a>'
                     f'{_esc(s.title)}</h3><pre class="method">{_esc(s.method_full)}</pre>')
    h.append(f'<h2 id="software"{brk}><a name="software"></a>{_esc(L["software"])}</h2>')
    attrs = ' cellspacing="0" cellpadding="3" border="1"' if qt else ""
    h.append(f'<table{attrs}><tr><th>{_esc(L["name"])}</th><th>{_esc(L["version"])}</th></tr>')
    for name, version in report.software:
        h.append(f"<tr><td>{_esc(name)}</td><td>{_esc(version)}</td></tr>")
    h.append("</table>")
    if report.attribution:
        h.append(f'<h3>{_esc(L["attribution"])}</h3>')
        for a in report.attribution:
            h.append(f'<p class="note">{_esc(a)}</p>')
    h.append("</body></html>")
    return "\n".join(x for x in h if x)


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
