"""Fonts for the docks' matplotlib charts: Latin text in DejaVu Sans (matplotlib's own), Chinese
(and Japanese/Korean) characters in a CJK font found on this computer at run time.

matplotlib ships no CJK font, so without one every Chinese character of a label is an empty box
and matplotlib warns "Glyph ... missing from current font" for each. The search: fonts
matplotlib already knows (its font cache), then ``fc-match`` (fontconfig, Linux and macOS) for a
font that covers Chinese; the font found is added to matplotlib's font list. matplotlib >= 3.6
falls back from one family to the next glyph by glyph, so a family list ``[DejaVu Sans, <CJK>]``
draws mixed text. Nothing found: :func:`cjk_family` returns None and the caller shows labels
that need no CJK glyphs (the English names), so a chart never shows boxes.

Debian/Ubuntu: ``fonts-wqy-microhei`` (installed by tools/setup.sh) or ``fonts-noto-cjk``;
Windows and macOS have Microsoft YaHei / PingFang."""
import re
import shutil
import subprocess

KNOWN_CJK = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC",
             "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "SimHei",
             "PingFang SC", "Hiragino Sans GB", "Heiti SC", "Droid Sans Fallback",
             "AR PL UMing CN", "AR PL UKai CN", "Noto Sans CJK JP", "Arial Unicode MS")
"""CJK families that cover Simplified Chinese, most suitable for charts first."""
LATIN = "DejaVu Sans"
CJK_TEXT = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")

_cache = {}


def has_cjk(text):
    return bool(CJK_TEXT.search(str(text or "")))


def _known_families():
    from matplotlib import font_manager
    return {f.name for f in font_manager.fontManager.ttflist}


def _fc_match_file():
    """The file of a font covering Chinese according to fontconfig, or None."""
    exe = shutil.which("fc-match")
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, "-f", "%{file}", ":lang=zh-cn"], capture_output=True,
                             text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return out or None


def cjk_family():
    """The name of a CJK font matplotlib can draw with, or None (looked up once)."""
    if "cjk" in _cache:
        return _cache["cjk"]
    family = None
    try:
        names = _known_families()
        family = next((f for f in KNOWN_CJK if f in names), None)
        if family is None:
            path = _fc_match_file()
            if path:
                from matplotlib import font_manager
                font_manager.fontManager.addfont(path)
                name = font_manager.FontProperties(fname=path).get_name()
                # fontconfig answers with its best match even when nothing covers Chinese
                family = name if name in _known_families() and _covers_chinese(path) else None
    except Exception:  # noqa: BLE001 - no font is a normal case, never an error
        family = None
    _cache["cjk"] = family
    return family


def _covers_chinese(path):
    """Whether the font file has glyphs for a few common Chinese characters."""
    try:
        from matplotlib.ft2font import FT2Font
        font = FT2Font(path)
        return all(font.get_char_index(ord(c)) for c in "中文步行")
    except Exception:  # noqa: BLE001
        return False


def chart_families():
    """The font family list for a chart: DejaVu Sans, then the CJK font when there is one."""
    cjk = cjk_family()
    return [LATIN, cjk] if cjk else [LATIN]


def chart_rc():
    """matplotlib rc settings for a dock chart (use with ``matplotlib.rc_context`` while the
    chart's texts are made). The families are named, not the generic "sans-serif": a text
    keeps the family it was made with, and a generic name is looked up again at every redraw
    (a canvas resized later), outside the context."""
    return {"font.family": chart_families(), "axes.unicode_minus": False}
