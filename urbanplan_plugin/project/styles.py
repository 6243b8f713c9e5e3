"""Layer styles a council can read, for every output of the UrbanPlan algorithms.

The look (colours, symbols, label settings) lives in ``resources/styles/*.qml``, so a trainer
can restyle a layer in QGIS and save the style over the shipped file. At run time
:func:`apply_style` loads the file that fits the output and adapts it to the layer: the field
(``time_school_min`` ...), the threshold of the run (class bounds scale with it, the threshold is
named in the legend), the classes present, the geometry type (a polygon style on a point layer
gets point symbols in the same colours) and the legend labels, in the interface language.

Which style: the run record (algorithm and output name, see ``project.runs``) when known, else
the layer's field names (``core.report.model.detect_output``). Applied automatically to every output
Processing loads into the project (the post-processor set in ``project.runs``) and to the maps
of ``urbanplan:report``. Nothing here raises: a layer that cannot be styled keeps its style.
"""
import math
import os

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.common.numbers import format_bound
from ..core.report.model import detect_output
from ..core.scenarios.compare import CHANGE_DETAILS
from ..i18n import tr
from ..paths import resource_path

STYLE_CATEGORIES = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
WALK_TIME_BASE_MIN = 15.0
"""The threshold the shipped walk_time.qml is drawn for; other thresholds scale its classes."""


def style_path(name):
    return resource_path("styles", f"{name}.qml")


# ------------------------------------------------------------------------------------------
# which style
# ------------------------------------------------------------------------------------------

def _params(record):
    return (record or {}).get("parameters") or {}


def _param(record, name, default=None):
    p = _params(record)
    v = p.get(name)
    if v in (None, ""):
        v = ((record or {}).get("defaults") or {}).get(name)
    return default if v in (None, "") else v


def _num(value, default):
    try:
        v = float(value)
        return v if math.isfinite(v) and v > 0 else default
    except (TypeError, ValueError):
        return default


def style_plan(layer, record=None):
    """(style name, options) for a layer, or None when UrbanPlan has no style for it."""
    if layer is None or not layer.isValid():
        return None
    analysis = output = None
    if record:
        analysis, output = record.get("algorithm"), record.get("output")
    if isinstance(layer, QgsRasterLayer):
        return ("flood_depth", {}) if layer.bandCount() == 1 and (
            analysis in (None, "floodextent")
            or (analysis == "floodsimulation" and output == "MAX_DEPTH")) else None
    if not isinstance(layer, QgsVectorLayer):
        return None
    names = layer.fields().names()
    geom = QgsWkbTypes.geometryType(layer.wkbType())
    if geom in (QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry):
        return None
    if analysis is None:
        found = detect_output(names, "vector")
        if found is None:
            return None
        analysis, output = found
    thr = _num(_param(record, "THRESHOLD_MIN"), WALK_TIME_BASE_MIN)
    table = S.table(analysis, output)
    if table is None:
        return None
    if table.style:
        return table.style, {}
    found = _styled_field(analysis, output, names)
    if found is None:
        return None
    style, column, field = found
    opts = {"field": field}
    if style == "walk_time":
        opts["threshold"] = (_fifteen_threshold(record, field, thr)
                             if column.name == S.TIME_CAT_MIN else thr)
    elif style == "quantiles":
        opts["what"] = "supply" if output == "OUTPUT" else "ratio"
    elif style == "ead":
        opts["what"] = "ead"
    elif style == "coverage":
        if analysis == "sdg1171":
            opts.update(what="sdg", distance=_num(_param(record, "DISTANCE_M"), 400.0))
        else:
            opts["what"] = "park"
    elif style == "depth_classes":
        opts["preset"] = _param(record, "CLASSES")
    elif style == "impassable":
        opts["depth"] = _num(_param(record, "MAX_WALK_DEPTH_M"), 0.3)
    return style, opts


def _styled_field(analysis, output, names):
    """(style key, schema column, field name) of the field a layer is drawn by: the first
    styled column of the output (``core.schema``) that the layer has -- a per-category
    pattern only when exactly one field fills it (one category: its walk time; several: the
    score)."""
    for column in S.styled_columns(analysis, output):
        if column.is_pattern:
            hits = [n for n in names if column.matches(n) is not None]
            if len(hits) == 1:
                return column.style, column, hits[0]
        else:
            hit = next((n for n in names if column.matches(n) is not None), None)
            if hit is not None:
                return column.style, column, hit
    return None


def _fifteen_threshold(record, time_field, default):
    """Minutes of the preset category behind ``time_field`` at the run's walking speed (the
    engine's one threshold rule), else ``default`` (the run's THRESHOLD_MIN)."""
    from ..core.common.errors import UrbanPlanError
    from ..core.network.build import DEFAULT_WALK_SPEED_KMH
    from ..core.presets import get_preset
    from ..core.walk.fifteenminutecity import category_threshold_min
    preset = _param(record, "PRESET")
    if not preset or preset == "none" or S.match(S.TIME_CAT_MIN, time_field) is None:
        return default
    speed = _num(_param(record, "WALK_SPEED_KMH"), DEFAULT_WALK_SPEED_KMH)
    try:
        category = S.match(S.TIME_CAT_MIN, time_field)
        minutes = category_threshold_min(get_preset(preset).rules, category, speed)
    except UrbanPlanError:  # a preset no longer shipped (or unreadable): the run's threshold
        return default
    return default if minutes is None else minutes


# ------------------------------------------------------------------------------------------
# applying
# ------------------------------------------------------------------------------------------

def apply_style(layer, record=None):
    """Style ``layer`` as an UrbanPlan output; True when a style was applied."""
    try:
        plan = style_plan(layer, record)
        if plan is None:
            return False
        name, opts = plan
        path = style_path(name)
        if not os.path.exists(path):
            return False
        if not load_qml(layer, path):
            return False
        adapt = ADAPTERS.get(name)
        if adapt is not None:
            adapt(layer, **opts)
        if isinstance(layer, QgsVectorLayer):
            _retarget(layer)
        layer.triggerRepaint()
        return True
    except Exception:  # noqa: BLE001 - a style must never break a run or a report
        return False


_QML_GEOMETRY = {"0": "Point", "1": "LineString", "2": "Polygon"}


def load_qml(layer, path):
    """Load a .qml onto a layer, whatever the layer's geometry type: QGIS refuses a style drawn
    for polygons on a point layer, so such a style is read into a throw-away layer of the
    style's own type and its renderer and labels are copied over (``_retarget`` then gives the
    symbols the layer's type). True when loaded."""
    _msg, ok = layer.loadNamedStyle(path, STYLE_CATEGORIES)
    if ok or not isinstance(layer, QgsVectorLayer):
        return ok
    import re
    with open(path, encoding="utf-8") as fh:
        head = fh.read(4000)
    m = re.search(r'layerGeometryType="(\d)"', head)
    geoms = [_QML_GEOMETRY[m.group(1)]] if m and m.group(1) in _QML_GEOMETRY else \
        ["Polygon", "Point", "LineString"]
    for geom in geoms:
        tmp = QgsVectorLayer(f"{geom}?crs=EPSG:3857", "style", "memory")
        tmp.dataProvider().addAttributes(layer.fields().toList())
        tmp.updateFields()
        _msg, ok = tmp.loadNamedStyle(path, STYLE_CATEGORIES)
        if ok and tmp.renderer() is not None:
            break
    else:
        return False
    layer.setRenderer(tmp.renderer().clone())
    if tmp.labelsEnabled() and tmp.labeling() is not None:
        layer.setLabeling(tmp.labeling().clone())
        layer.setLabelsEnabled(True)
    return True


def _geometry(layer):
    return QgsWkbTypes.geometryType(layer.wkbType())


def _symbol_for(geom, colour, template=None):
    """A symbol of the layer's geometry type in ``colour``."""
    c = colour.name() if hasattr(colour, "name") else str(colour)
    alpha = colour.alpha() if hasattr(colour, "alpha") else 255
    rgba = f"{colour.red()},{colour.green()},{colour.blue()},{alpha}" if hasattr(colour, "red") \
        else c
    if geom == QgsWkbTypes.GeometryType.PointGeometry:
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": rgba, "size": "2.4",
                                             "outline_color": "70,70,70", "outline_width": "0.15"})
    if geom == QgsWkbTypes.GeometryType.LineGeometry:
        return QgsLineSymbol.createSimple({"line_color": rgba, "line_width": "0.6"})
    return QgsFillSymbol.createSimple({"color": rgba, "outline_color": "110,110,110",
                                       "outline_width": "0.1"})


_SYMBOL_TYPES = {
    QgsWkbTypes.GeometryType.PointGeometry: QgsSymbol.SymbolType.Marker,
    QgsWkbTypes.GeometryType.LineGeometry: QgsSymbol.SymbolType.Line,
    QgsWkbTypes.GeometryType.PolygonGeometry: QgsSymbol.SymbolType.Fill,
}


def _retarget(layer):
    """Give every symbol of the renderer the layer's geometry type (same colours)."""
    geom = _geometry(layer)
    want = _SYMBOL_TYPES.get(geom)
    r = layer.renderer()
    if r is None or want is None:
        return

    def fix(sym):
        if sym is None or sym.type() == want:
            return None
        return _symbol_for(geom, sym.color())

    if isinstance(r, QgsCategorizedSymbolRenderer):
        for i, cat in enumerate(r.categories()):
            new = fix(cat.symbol())
            if new is not None:
                r.updateCategorySymbol(i, new)
    elif isinstance(r, QgsRuleBasedRenderer):
        for rule in r.rootRule().descendants():
            new = fix(rule.symbol())
            if new is not None:
                rule.setSymbol(new)
    elif hasattr(r, "symbol") and r.symbol() is not None:
        new = fix(r.symbol())
        if new is not None:
            r.setSymbol(new)


def _rules(layer):
    r = layer.renderer()
    if not isinstance(r, QgsRuleBasedRenderer):
        return None, []
    return r, list(r.rootRule().children())


def _q(field):
    return '"' + field.replace('"', '""') + '"'


def _set_ramp_rules(layer, field, bounds, labels, else_label, order_desc=False):
    """Rewrite the rules of a ramp style: rule i = bounds[i] < field <= bounds[i+1] (the first
    from bounds[0] inclusive), the last rule ELSE (NULL). Extra rules are dropped; missing ones
    repeat the last colour."""
    r, rules = _rules(layer)
    if r is None:
        return
    root = r.rootRule()
    ramp = [x for x in rules if not x.isElse()]
    els = next((x for x in rules if x.isElse()), None)
    n = len(bounds) - 1
    for i in range(n):
        if i >= len(ramp):
            clone = ramp[-1].clone()
            pos = root.children().index(els) if els is not None else len(root.children())
            root.insertChild(pos, clone)
            ramp.append(clone)
        lo, hi = bounds[i], bounds[i + 1]
        if hi is None or (isinstance(hi, float) and math.isinf(hi)):
            expr = f"{_q(field)} > {lo!r}"
        elif i == 0:
            expr = f"{_q(field)} >= {lo!r} AND {_q(field)} <= {hi!r}"
        else:
            expr = f"{_q(field)} > {lo!r} AND {_q(field)} <= {hi!r}"
        ramp[i].setFilterExpression(expr)
        ramp[i].setLabel(labels[i])
    for extra in ramp[n:]:
        root.removeChild(extra)
    if els is not None:
        els.setLabel(else_label)


# --- adapters (one per style family) -----------------------------------------------------------

def _adapt_walk_time(layer, field, threshold):
    t = float(threshold)
    bounds = [0.0, t / 3, 2 * t / 3, t, 1.5 * t, 2 * t, math.inf]
    b = [format_bound(x) for x in bounds]
    t_text = format_bound(t)
    labels = [tr("{a}–{b} min").format(a=b[0], b=b[1]),
              tr("{a}–{b} min").format(a=b[1], b=b[2]),
              tr("{a}–{b} min (threshold: {t} min)").format(a=b[2], b=t_text, t=t_text),
              tr("{a}–{b} min: beyond the threshold").format(a=t_text, b=b[4]),
              tr("{a}–{b} min: beyond the threshold").format(a=b[4], b=b[5]),
              tr("more than {a} min").format(a=b[5])]
    _set_ramp_rules(layer, field, bounds, labels,
                    tr("Not reachable on foot (off the network or too far)"))


def _adapt_score(layer, field=S.SCORE):
    bounds = [0.0, 25.0, 50.0, 75.0, 99.999, 100.0]
    labels = [tr("0–25: few services within reach"), tr("25–50"), tr("50–75"),
              tr("75–99"), tr("100: every service within its threshold")]
    _set_ramp_rules(layer, field, bounds, labels, tr("Not on the street network"))


def _finite_values(layer, field):
    idx = layer.fields().lookupField(field)
    if idx < 0:
        return np.array([])
    req = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    req.setSubsetOfAttributes([idx])
    vals = []
    for f in layer.getFeatures(req):
        v = f.attribute(idx)
        try:
            v = float(v)
        except (TypeError, ValueError):
            continue
        if math.isfinite(v):
            vals.append(v)
    return np.array(vals, dtype=float)


def _adapt_quantiles(layer, field, what):
    vals = _finite_values(layer, field)
    if what == "ead":
        pos = vals[vals > 0]
        qs = np.unique(np.quantile(pos, [0, 0.25, 0.5, 0.75, 1.0])) if len(pos) else np.array([])
        bounds = [0.0] + [float(q) for q in qs[1:]] if len(qs) > 1 else [0.0, float(
            pos.max()) if len(pos) else 1.0]
        labels = [tr("up to {b}").format(b=f"{bounds[1]:,.0f}")]
        labels += [f"{bounds[i]:,.0f}–{bounds[i + 1]:,.0f}" for i in range(1, len(bounds) - 1)]
        labels[0] = tr("0–{b} per year").format(b=f"{bounds[1]:,.0f}")
        else_label = tr("No value")
    else:
        qs = np.unique(np.quantile(vals, [0, 0.2, 0.4, 0.6, 0.8, 1.0])) if len(vals) else \
            np.array([0.0, 1.0])
        if len(qs) < 2:
            qs = np.array([qs[0], qs[0] + 1.0]) if len(qs) else np.array([0.0, 1.0])
        bounds = [float(q) for q in qs]
        unit = tr("per 1 000 residents")
        labels = [f"{bounds[i]:,.2f}–{bounds[i + 1]:,.2f} {unit}" for i in range(len(bounds) - 1)]
        else_label = tr("No facility in reach (or off the network)") if what == "supply" \
            else tr("Off the network")
    _set_ramp_rules(layer, field, bounds, labels, else_label)


def _categorized(layer, field, labels, drop_absent=False):
    r = layer.renderer()
    if not isinstance(r, QgsCategorizedSymbolRenderer):
        return
    r.setClassAttribute(field)
    present = None
    if drop_absent:
        idx = layer.fields().lookupField(field)
        present = set()
        if idx >= 0:
            for f in layer.getFeatures(QgsFeatureRequest().setFlags(
                    QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([idx])):
                v = f.attribute(idx)
                present.add("" if v is None or str(v) in ("", "NULL") else str(v))
    for i in reversed(range(len(r.categories()))):
        cat = r.categories()[i]
        key = str(cat.value()) if cat.value() is not None else ""
        if present is not None and key not in present:
            r.deleteCategory(i)
            continue
        if key in labels:
            r.updateCategoryLabel(i, labels[key])


def _adapt_coverage(layer, field, what, distance=400.0):
    if what == "sdg":
        labels = {"1": tr("Within {d} m of an open public space").format(d=format_bound(distance)),
                  "0": tr("Farther than {d} m").format(d=format_bound(distance))}
    else:
        labels = {"1": tr("Covered by a park"), "0": tr("Not covered by any park")}
    labels[""] = tr("Not on the street network")
    _categorized(layer, field, labels)


def _adapt_lost_access(layer, field):
    _categorized(layer, field, {"1": tr("Loses walking access to a service"),
                                "0": tr("Keeps its walking access"),
                                "": tr("Not on the street network")})


def _adapt_cut_off(layer, field):
    _categorized(layer, field, {"1": tr("Cut off by the flood"), "0": tr("Still reached"),
                                "": tr("Not on the street network")})


def _adapt_impassable(layer, field, depth):
    _categorized(layer, field, {"1": tr("Impassable on foot (water deeper than {d} m)").format(
        d=format_bound(depth)), "0": tr("Passable")})


def _adapt_depth_classes(layer, field, preset=None):
    r = layer.renderer()
    if not isinstance(r, QgsCategorizedSymbolRenderer):
        return
    r.setClassAttribute(field)
    labels = {"not_exposed": tr("Dry, or shallower than the lowest class"),
              "outside_hazard": tr("Outside the hazard map"), "": tr("No value")}
    try:
        from ..core.flood import floodexposure as flood
        classes = flood.load_class_presets().get(preset or flood.DEFAULT_CLASS_PRESET)
        if classes is not None:
            for c in classes.classes:
                labels[c.name] = getattr(c, "label", "") or c.name
    except Exception:  # noqa: BLE001
        pass
    idx = layer.fields().lookupField(field)
    present = []
    known = {str(c.value()) for c in r.categories()}
    if idx >= 0:
        # the distinct values from the provider (SELECT DISTINCT on a GeoPackage): a million
        # features are not read one by one; their first-seen order is only needed for values
        # outside the style's categories (their colours follow that order)
        present = sorted({"" if v is None or str(v) == "NULL" else str(v)
                          for v in layer.uniqueValues(idx)})
        if any(v not in known for v in present):
            present = []
            for f in layer.getFeatures(QgsFeatureRequest().setFlags(
                    QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([idx])):
                v = f.attribute(idx)
                v = "" if v is None or str(v) == "NULL" else str(v)
                if v not in present:
                    present.append(v)
    blues = ["#c6dbef", "#6baed6", "#2171b5", "#08306b", "#041a3a"]
    from qgis.core import QgsRendererCategory
    from qgis.PyQt.QtGui import QColor
    extra = [v for v in present if v not in known]
    for j, v in enumerate(extra):
        sym = _symbol_for(_geometry(layer), QColor(blues[min(j + 1, len(blues) - 1)]))
        r.addCategory(QgsRendererCategory(v, sym, labels.get(v, v)))
    for i in reversed(range(len(r.categories()))):
        key = str(r.categories()[i].value())
        if key not in present and key not in ("",):
            r.deleteCategory(i)
        elif key in labels:
            r.updateCategoryLabel(i, labels[key])


def _adapt_change(layer, field):
    labels = dict(change_labels("access"))
    labels.update(change_labels("coverage"))
    labels[""] = tr("No data")
    _categorized(layer, field, labels, drop_absent=True)


def _adapt_service_bands(layer, field):
    """One category per band present, light to dark green from the qml's first and last
    colours, largest band drawn first."""
    from qgis.core import QgsFeatureRequest as Req
    from qgis.core import QgsRendererCategory
    from qgis.PyQt.QtGui import QColor
    r = layer.renderer()
    if not isinstance(r, QgsCategorizedSymbolRenderer):
        return
    idx_lo = layer.fields().lookupField(S.BAND_FROM_MIN)
    idx = layer.fields().lookupField(field)
    bands = {}
    for f in layer.getFeatures(Req().setFlags(Req.Flag.NoGeometry)):
        try:
            hi = float(f.attribute(idx))
            lo = float(f.attribute(idx_lo)) if idx_lo >= 0 else 0.0
        except (TypeError, ValueError):
            continue
        bands[hi] = lo
    cats = r.categories()
    first = cats[0].symbol().color() if cats else QColor("#1a9850")
    last = cats[-1].symbol().color() if cats else QColor("#d9f0a3")
    values = sorted(bands)
    new = []
    for i, hi in enumerate(values):
        t = i / max(len(values) - 1, 1)
        col = QColor(int(first.red() + (last.red() - first.red()) * t),
                     int(first.green() + (last.green() - first.green()) * t),
                     int(first.blue() + (last.blue() - first.blue()) * t), 200)
        lo = bands[hi]
        label = (tr("within {b} min").format(b=format_bound(hi)) if lo == 0
                 else tr("{a}–{b} min").format(a=format_bound(lo), b=format_bound(hi)))
        sym = cats[0].symbol().clone() if cats else _symbol_for(_geometry(layer), col)
        sym.setColor(col)
        new.append(QgsRendererCategory(hi, sym, label))
    renderer = QgsCategorizedSymbolRenderer(field, new)
    from qgis.core import QgsFeatureRequest as R2
    renderer.setOrderBy(R2.OrderBy([R2.OrderByClause(field, False)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)


def _adapt_network(layer):
    r, rules = _rules(layer)
    for rule in rules:
        if not rule.isElse():
            rule.setFilterExpression(f"{_q(S.COMPONENT)} = 0")
        rule.setLabel(tr("Other pieces (not connected to the main network)") if rule.isElse()
                      else tr("Main connected network"))


def _single_label(text):
    def adapt(layer, **_):
        r, rules = _rules(layer)
        for rule in rules:
            rule.setLabel(text())
    return adapt


def _adapt_flood_depth(layer):
    """Relabel the depth classes of the raster style."""
    try:
        shader = layer.renderer().shader().rasterShaderFunction()
        items = shader.colorRampItemList()
        names = [tr("shallow: under 0.1 m"), tr("low: 0.1–0.7 m"), tr("medium: 0.7–1.5 m"),
                 tr("high: more than 1.5 m")]
        for i, item in enumerate(items[:len(names)]):
            item.label = names[i]
        shader.setColorRampItemList(items)
        layer.renderer().setClassificationMin(items[0].value if items else 0.0)
    except Exception:  # noqa: BLE001
        pass


ADAPTERS = {
    "walk_time": _adapt_walk_time,
    "score": _adapt_score,
    "quantiles": _adapt_quantiles,
    "ead": _adapt_quantiles,
    "coverage": _adapt_coverage,
    "lost_access": _adapt_lost_access,
    "cut_off": _adapt_cut_off,
    "impassable": _adapt_impassable,
    "depth_classes": _adapt_depth_classes,
    "change": _adapt_change,
    "service_bands": _adapt_service_bands,
    "network": _adapt_network,
    "flood_depth": _adapt_flood_depth,
    "sites": _single_label(lambda: tr("Suggested site (number = rank)")),
    "underserved": _single_label(lambda: tr("Not covered by any park")),
    "entrances": _single_label(lambda: tr("Open space entrance used")),
}


def style_zones(layer, name_field=None, atlas=False):
    """Zones drawn as outlines (the current atlas zone in bold), for report maps."""
    if os.path.exists(style_path("zones")):
        load_qml(layer, style_path("zones"))
    r, rules = _rules(layer)
    for rule in rules:
        if rule.isElse():
            rule.setLabel(tr("Zones"))
        elif atlas:
            rule.setLabel(tr("This zone"))
        else:
            r.rootRule().removeChild(rule)
    if name_field and layer.labeling() is not None:
        try:
            s = layer.labeling().settings()
            s.fieldName = name_field
            from qgis.core import QgsVectorLayerSimpleLabeling
            layer.setLabeling(QgsVectorLayerSimpleLabeling(s))
            layer.setLabelsEnabled(True)
        except Exception:  # noqa: BLE001
            pass
    layer.triggerRepaint()


def legend_title(layer, record=None):
    """A readable legend heading for an UrbanPlan output (e.g. 'Walk time (minutes)')."""
    plan = style_plan(layer, record)
    if plan is None:
        return layer.name()
    name, opts = plan
    if name == "walk_time":
        field = opts.get("field", "")
        what = S.match(S.TIME_CAT_MIN, field) or ""
        return (tr("Walk time to {what} (minutes)").format(what=what) if what
                else tr("Walk time to the nearest destination (minutes)"))
    titles = {
        "score": tr("Walkability score (0–100)"),
        "quantiles": tr("Supply per 1 000 residents"),
        "ead": tr("Expected annual damage"),
        "coverage": tr("Walking access to open space") if opts.get("what") == "sdg"
        else tr("Park coverage"),
        "lost_access": tr("Walking access during the flood"),
        "cut_off": tr("Facilities during the flood"),
        "impassable": tr("Streets during the flood"),
        "depth_classes": tr("Water depth class"),
        "change": tr("Change in the scenario"),
        "service_bands": tr("Walking time from the facilities"),
        "network": tr("Walking network"),
        "sites": tr("Suggested sites"),
        "underserved": tr("Underserved residents"),
        "entrances": tr("Open space entrances"),
        "flood_depth": tr("Water depth (m)"),
    }
    return titles.get(name, layer.name())


# ------------------------------------------------------------------------------------------
# the compare dock's difference layers: blue = better, red = worse, grey = no change
# ------------------------------------------------------------------------------------------

COLOURS = {
    "newly_unreachable": "178,24,43",
    "newly_affected": "178,24,43",
    "worse": "239,138,98",
    "mixed": "194,165,207",
    "same": "217,217,217",
    "better": "103,169,207",
    "newly_reachable": "33,102,172",
    "no_longer_affected": "33,102,172",
    "no_data": "247,247,247",
    "newly_covered": "33,102,172",
    "no_longer_covered": "178,24,43",
}


def change_labels(family):
    """Legend labels per change_detail, worded for the analysis family."""
    if family == "exposure":
        return {
            "newly_affected": tr("Newly flooded"),
            "worse": tr("More exposed (deeper water)"),
            "mixed": tr("Mixed (better in one respect, worse in another)"),
            "same": tr("No change"),
            "better": tr("Less exposed"),
            "no_longer_affected": tr("No longer flooded"),
            "no_data": tr("Dry before and after"),
            "newly_unreachable": tr("Newly cut off"),
            "newly_reachable": tr("Newly reachable"),
        }
    if family == "coverage":
        return {"newly_covered": tr("Newly covered"),
                "no_longer_covered": tr("No longer covered")}
    return {
        "newly_unreachable": tr("Newly unreachable"),
        "newly_affected": tr("Newly affected"),
        "worse": tr("Worse access"),
        "mixed": tr("Better for some services, worse for others"),
        "same": tr("No change"),
        "better": tr("Better access"),
        "newly_reachable": tr("Newly within reach"),
        "no_longer_affected": tr("No longer affected"),
        "no_data": tr("Unreachable before and after"),
    }


def _symbol(geometry_type, colour):
    if geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "2.6",
                                             "outline_color": "80,80,80", "outline_width": "0.2"})
    if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        return QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.9"})
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": "120,120,120",
                                       "outline_width": "0.1"})


def style_difference_layer(layer, family="access", field=S.CHANGE_DETAIL):
    """Categorised renderer on ``change_detail`` (worst news first), labels with counts; only
    the categories present are listed. Returns {category: count}."""
    idx = layer.fields().lookupField(field)
    counts = {}
    if idx >= 0:
        for f in layer.getFeatures():
            v = f.attribute(idx)
            counts[str(v)] = counts.get(str(v), 0) + 1
    labels = change_labels(family)
    order = list(CHANGE_DETAILS) + ["newly_covered", "no_longer_covered"]
    gtype = QgsWkbTypes.geometryType(layer.wkbType())
    cats = []
    for key in order:
        if key not in counts:
            continue
        label = labels.get(key, key.replace("_", " "))
        cats.append(QgsRendererCategory(key, _symbol(gtype, COLOURS.get(key, "150,150,150")),
                                        f"{label} ({counts[key]:,})"))
    for key in sorted(k for k in counts if k not in order):
        cats.append(QgsRendererCategory(key, _symbol(gtype, "150,150,150"), key))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))
    layer.triggerRepaint()
    return counts


def _nice_step(span):
    """A round class width (1, 2 or 5 times a power of ten) splitting ``span`` in about 3."""
    raw = max(span / 3.0, 1e-9)
    mag = 10.0 ** math.floor(math.log10(raw))
    for k in (1.0, 2.0, 5.0, 10.0):
        if raw <= k * mag:
            return k * mag
    return 10.0 * mag


def difference_raster_classes(largest, tolerance, direction="lower"):
    """Classes of a difference raster (scenario minus baseline): three steps of a round width
    each way up to ``largest`` (the largest change), and "no change" within ``tolerance``.
    Returns [(upper bound, colour, verdict)] from the largest decrease to the largest
    increase; verdicts 'better' / 'worse' by the ``direction`` in which a value is better
    ('none': 'decrease' / 'increase')."""
    largest = max(float(largest) if math.isfinite(largest) else 0.0, 2.0 * tolerance)
    step = _nice_step(largest)
    if step <= tolerance:
        step = _nice_step(3.0 * tolerance)
    down, up = ("better", "worse") if direction == "lower" else (
        ("worse", "better") if direction == "higher" else ("decrease", "increase"))
    blues = ["33,102,172", "103,169,207", "209,229,240"]
    reds = ["253,219,199", "239,138,98", "178,24,43"]
    neg = blues if down == "better" else (reds[::-1] if down == "worse" else
                                          ["84,39,136", "153,142,195", "216,218,235"])
    pos = reds if up == "worse" else (blues[::-1] if up == "better" else
                                      ["254,224,182", "241,163,64", "179,88,6"])
    return ([(-2 * step, neg[0], down), (-step, neg[1], down), (-tolerance, neg[2], down),
             (tolerance, None, "same"), (step, pos[0], up), (2 * step, pos[1], up),
             (math.inf, pos[2], up)])


def style_difference_raster(layer, direction="lower", unit="m", tolerance=0.01,
                            largest=None):
    """Blue = better, red = worse on a difference raster (scenario minus baseline, one band):
    discrete classes from :func:`difference_raster_classes`, the "no change" class clear, the
    legend worded in the unit ('0.1 to 0.2 m shallower' reads as a change, not a depth).
    ``largest``: the largest absolute change (read from the raster when None). Returns
    True when styled."""
    from qgis.core import QgsColorRampShader, QgsRasterShader, QgsSingleBandPseudoColorRenderer
    from qgis.PyQt.QtGui import QColor

    from ..qgis_io.qgis_compat import discrete_ramp_type
    try:
        if largest is None:
            largest = _largest_abs(layer)
        classes = difference_raster_classes(largest, tolerance, direction)
        words = {"m": (tr("shallower"), tr("deeper")), "h": (tr("shorter"), tr("longer"))}
        less, more = words.get(unit, (tr("less"), tr("more")))
        u = {"m": "m", "h": "h"}.get(unit, unit)
        items = []
        lo = -math.inf
        for hi, colour, _verdict in classes:
            if colour is None:
                label = tr("No change (within {t} {u})").format(t=format_bound(tolerance), u=u)
                item = QgsColorRampShader.ColorRampItem(hi, QColor(0, 0, 0, 0), label)
            else:
                fb = format_bound
                if hi <= 0:
                    a, b = abs(hi), abs(lo)
                    label = (tr("{a} {u} or more {w}").format(a=fb(a), u=u, w=less)
                             if math.isinf(b) else
                             tr("{a} to {b} {u} {w}").format(a=fb(a), b=fb(b), u=u, w=less))
                else:
                    label = (tr("more than {a} {u} {w}").format(a=fb(lo), u=u, w=more)
                             if math.isinf(hi) else
                             tr("{a} to {b} {u} {w}").format(a=fb(lo), b=fb(hi), u=u, w=more))
                item = QgsColorRampShader.ColorRampItem(
                    hi, QColor(*[int(c) for c in colour.split(",")]), label)
            items.append(item)
            lo = hi
        ramp = QgsColorRampShader(classes[0][0], classes[-2][0])
        ramp.setColorRampType(discrete_ramp_type())
        ramp.setColorRampItemList(items)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
        renderer.setClassificationMin(classes[0][0])
        renderer.setClassificationMax(classes[-2][0])
        layer.setRenderer(renderer)
        layer.triggerRepaint()
        return True
    except Exception:  # noqa: BLE001 - a style must never break a comparison
        return False


def _largest_abs(layer):
    from ..qgis_io.rasters import read_raster
    r = read_raster(layer, dtype=np.float64, what="difference raster")
    vals = np.abs(r.values[~r.nodata])
    vals = vals[np.isfinite(vals)]
    return float(vals.max()) if vals.size else 0.0


# ------------------------------------------------------------------------------------------
# keeping a style with the data
# ------------------------------------------------------------------------------------------

def _layer_name_in_source(source):
    for part in str(source).split("|")[1:]:
        if part.lower().startswith("layername="):
            return part.split("=", 1)[1]
    return ""


def save_style_with_output(layer):
    """Keep ``layer``'s current style with its data, so the file opened later (another project,
    drag and drop, qgis_process output) is drawn the same way: a GeoPackage layer gets it as
    the default style of its table (``layer_styles``); a raster file (or a file-based vector
    layer that is not a GeoPackage) gets a ``.qml`` beside the file, which QGIS loads as the
    file's default style. Returns where the style went ('' when nowhere). Never raises."""
    try:
        if layer is None or not layer.isValid():
            return ""
        source = layer.source()
        path = source.split("|")[0]
        if not os.path.isfile(path):
            return ""
        if isinstance(layer, QgsVectorLayer):
            if layer.providerType() != "ogr":
                return ""
            if path.lower().endswith(".gpkg"):
                from ..qgis_io.qgis_compat import save_style_to_database
                name = _layer_name_in_source(source) or os.path.splitext(
                    os.path.basename(path))[0]
                error = save_style_to_database(layer, name[:30], tr("UrbanPlan style"), True)
                return "" if error else f"{path}|layername={name}"
            if "|" in source:            # a layer of a multi-layer file: no .qml per layer
                return ""
        elif not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
            return ""
        qml = os.path.splitext(path)[0] + ".qml"
        _msg, ok = layer.saveNamedStyle(qml)
        return qml if ok else ""
    except Exception:  # noqa: BLE001 - keeping a style must never fail a run
        return ""
