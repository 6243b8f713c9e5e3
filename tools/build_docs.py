#!/usr/bin/env python3
"""Build the offline documentation: docs/*.md -> HTML pages that ship inside the plugin.

    python3 tools/build_docs.py [--out build/docs]      (make docs; make package copies it)

Every page of docs/ becomes ``<name>.html`` (the user guide, the algorithm pages, the workshop
sheets in English and Chinese, the sources), plus ``index.html`` listing them and one
stylesheet. Links between pages (``walkability.md#threshold``) point at the HTML pages;
headings get the anchors GitHub gives them, so the same links work on GitHub and offline. A
link to a page or an anchor that does not exist stops the build (exit 1) with the list.

The conversion uses Python-Markdown (Debian: python3-markdown, installed by tools/setup.sh)
with its tables, fenced code and table-of-contents extensions. The plugin opens these pages
from the Help button of every algorithm (``paths.help_url``) and after opening the workshop
project.
"""
import argparse
import html
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DEFAULT_OUT = ROOT / "build" / "docs"
FIRST = ("user_guide", "algorithms", "workshop_2h", "workshop_1day", "workshop_2h.zh_CN",
         "workshop_1day.zh_CN", "sources")
"""Pages listed first on the index page (then the others, by name)."""

CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC",
       "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
       max-width: 60em; margin: 0 auto; padding: 0 1.2em 3em; line-height: 1.5; color: #222; }
nav { font-size: 0.9em; padding: 0.6em 0; border-bottom: 1px solid #ddd; margin-bottom: 1em; }
nav a { margin-right: 1em; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-bottom: 1px solid #eee; padding-bottom: 0.2em; margin-top: 1.6em; }
code { background: #f4f4f4; padding: 0 0.2em; border-radius: 3px; font-size: 0.92em; }
pre { background: #f4f4f4; padding: 0.7em; overflow-x: auto; }
pre code { padding: 0; }
table { border-collapse: collapse; margin: 0.8em 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; vertical-align: top; }
th { background: #f0f0f0; }
blockquote { border-left: 4px solid #ccc; margin-left: 0; padding-left: 1em; color: #444; }
a { color: #1f5fa8; }
"""


def github_slug(text, seen):
    """The anchor GitHub gives a heading: lower case, punctuation dropped (letters of every
    script kept), each space a hyphen; a repeated heading gets -1, -2..."""
    text = re.sub(r"<[^>]+>", "", html.unescape(text)).strip().lower()
    slug = re.sub(r"[^\w\- ]", "", text, flags=re.UNICODE).replace(" ", "-")
    base, n = slug, 0
    while slug in seen:
        n += 1
        slug = f"{base}-{n}"
    seen.add(slug)
    return slug


def _markdown():
    try:
        import markdown
    except ImportError:
        sys.exit("build_docs: Python-Markdown is missing. Debian/Ubuntu: apt install "
                 "python3-markdown (tools/setup.sh installs it); elsewhere: pip install "
                 "markdown.")
    return markdown


LIST_ITEM = re.compile(r"^( +)([*+-]|\d+[.)]) ")


def nest_lists(text):
    """Indent nested list items by multiples of four spaces, as Python-Markdown wants them
    (GitHub, where the pages are also read, accepts two or three): a list item indented by
    1-3 spaces goes to 4, by 5-7 to 8... Code blocks are left alone."""
    out, fenced = [], False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        m = None if fenced else LIST_ITEM.match(line)
        if m and len(m.group(1)) % 4:
            depth = -(-len(m.group(1)) // 4) * 4
            line = " " * depth + line[len(m.group(1)):]
        out.append(line)
    return "\n".join(out)


def convert(text):
    """(HTML body, title, anchors) of one Markdown page."""
    markdown = _markdown()
    text = nest_lists(text)
    seen = set()
    md = markdown.Markdown(
        extensions=["tables", "fenced_code", "sane_lists", "toc"],
        extension_configs={"toc": {"slugify": lambda value, _sep: github_slug(value, seen)}})
    body = md.convert(text)
    # links between pages: x.md#a -> x.html#a (not web links)
    body = re.sub(r'href="(?![a-z]+:)([^"#]*?)\.md(#[^"]*)?"',
                  lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', body)
    m = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    title = re.sub(r"<[^>]+>", "", m.group(1)).strip() if m else ""
    anchors = set(re.findall(r'\bid="([^"]+)"', body))
    return body, html.unescape(title), anchors


NAV = (("index", "UrbanPlan"), ("user_guide", "User guide"), ("algorithms", "Algorithms"),
       ("workshop_2h", "Workshop"), ("sources", "Sources"))


def page(name, body, title, names=None):
    """A whole HTML page; the navigation bar links the pages of ``names`` that exist."""
    lang = "zh-CN" if name.endswith(".zh_CN") else "en"
    nav = "".join(f'<a href="{n}.html">{label}</a>' for n, label in NAV
                  if names is None or n in names or n == "index")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)} — UrbanPlan</title>\n"
            f'<link rel="stylesheet" href="urbanplan.css">\n</head>\n<body>\n'
            f"<nav>{nav}</nav>\n{body}\n</body>\n</html>\n")


def index(pages):
    names = {n for n, _t in pages}
    items = "\n".join(f'<li><a href="{name}.html">{html.escape(title or name)}</a></li>'
                      for name, title in pages)
    body = ("<h1>UrbanPlan documentation</h1>\n<p>The user guide, the algorithm pages, the "
            "workshop sheets and the sources, as installed with the plugin (they open "
            "without a network connection).</p>\n"
            f"<p>UrbanPlan 文档：用户指南、算法说明、研讨课讲义（中文）和数据来源。</p>\n"
            f"<ul>\n{items}\n</ul>")
    return page("index", body, "UrbanPlan documentation", names)


def broken_links(out):
    """['page.html: link'] for every link to a missing page or anchor in ``out``."""
    anchors = {}
    for f in Path(out).glob("*.html"):
        anchors[f.name] = set(re.findall(r'\bid="([^"]+)"',
                                         f.read_text(encoding="utf-8")))
    bad = []
    for f in sorted(Path(out).glob("*.html")):
        for href in re.findall(r'href="([^"]+)"', f.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", href) or href.endswith(".css"):
                continue
            target, _sep, anchor = href.partition("#")
            target = target or f.name
            if target not in anchors:
                bad.append(f"{f.name}: {href} (no page {target})")
            elif anchor and anchor not in anchors[target]:
                bad.append(f"{f.name}: {href} (no anchor #{anchor} in {target})")
    return bad


def build(out=DEFAULT_OUT, docs=DOCS):
    """Write the HTML pages into ``out``; returns the page names. Raises SystemExit listing
    broken links."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    pages, bodies = [], {}
    for md in sorted(Path(docs).glob("*.md")):
        name = md.name[:-3]
        body, title, _anchors = convert(md.read_text(encoding="utf-8"))
        bodies[name] = body
        pages.append((name, title))
    titles = {name: title or name for name, title in pages}
    for name, body in bodies.items():
        # a link written as its file name (workshop_2h.md) reads as the page's title
        body = re.sub(r'(<a href="([^"#]+)\.html(?:#[^"]*)?">)\2\.md</a>',
                      lambda m: f"{m.group(1)}{html.escape(titles.get(m.group(2), m.group(2)))}"
                                "</a>", body)
        (out / f"{name}.html").write_text(page(name, body, titles[name], set(titles)),
                                          encoding="utf-8")
    order = {n: i for i, n in enumerate(FIRST)}
    pages.sort(key=lambda p: (order.get(p[0], len(order)), p[0]))
    (out / "index.html").write_text(index(pages), encoding="utf-8")
    (out / "urbanplan.css").write_text(CSS.lstrip(), encoding="utf-8")
    bad = broken_links(out)
    if bad:
        raise SystemExit("build_docs: broken links:\n  " + "\n  ".join(bad))
    return [n for n, _t in pages]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="output folder")
    args = parser.parse_args(argv)
    names = build(args.out)
    print(f"build_docs: {len(names)} pages -> {os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
