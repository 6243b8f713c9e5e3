#!/usr/bin/env python3
"""Take font families that exist on one computer only out of the workshop project.

QGIS warns "Font '<name>' not available on system" when a label style names a font the
computer lacks (the workshop project's zone labels named "DejaVu LGC Sans", which Debian
does not install). Without a ``fontFamily`` attribute a label uses QGIS's interface font,
which always exists. Run after tools/build_workshop_project.py (idempotent):

    python3 tools/fix_workshop_fonts.py
"""
import os
import re
import shutil
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.join(ROOT, "resources", "workshop", "helsinki_workshop.qgz")
LOCAL_FONTS = ("DejaVu LGC Sans",)
"""Families that only some Linux installations have."""


def strip_fonts(xml):
    """The project XML without ``fontFamily="<local font>"`` attributes; (text, count)."""
    pattern = re.compile(r'\s+fontFamily="(%s)"' % "|".join(re.escape(f) for f in LOCAL_FONTS))
    return pattern.subn("", xml)


def fix(path=PROJECT):
    with zipfile.ZipFile(path) as zf:
        items = [(info, zf.read(info.filename)) for info in zf.infolist()]
    total = 0
    out = []
    for info, data in items:
        if info.filename.endswith(".qgs"):
            text, n = strip_fonts(data.decode("utf-8"))
            data = text.encode("utf-8")
            total += n
        out.append((info, data))
    if total:
        fd, tmp = tempfile.mkstemp(suffix=".qgz", dir=os.path.dirname(path))
        os.close(fd)
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for info, data in out:
                zf.writestr(info, data)
        shutil.move(tmp, path)
    return total


if __name__ == "__main__":
    n = fix(sys.argv[1] if len(sys.argv) > 1 else PROJECT)
    print(f"{n} font reference(s) removed")
