"""Two map views side by side (baseline | scenario) that pan and zoom together.

Both views show the same result field with the same classes (blue = good, red = poor, grey =
no value), so what differs between them is the scenario, not the colour scale. The legend under
the views is shared."""
import math

import numpy as np
from qgis.core import (
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsRendererRange,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout

from ..core.scenarios.compare import rule_for
from ..core.scenarios.model import BASELINE_NAME
from ..i18n import tr
from ..qgis_io.compare_io import common_numeric_fields

RAMP = ["33,102,172", "103,169,207", "209,229,240", "253,219,199", "239,138,98", "178,24,43"]
"""Good to poor, blue to red (ColorBrewer RdBu, 6 classes)."""
NULL_COLOUR = "120,120,120"
NULL_VALUE = 1e15


def _symbol(layer, colour):
    gtype = QgsWkbTypes.geometryType(layer.wkbType())
    if gtype == QgsWkbTypes.GeometryType.PointGeometry:
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "2.4",
                                             "outline_color": "80,80,80", "outline_width": "0.2"})
    if gtype == QgsWkbTypes.GeometryType.LineGeometry:
        return QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.8"})
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": "150,150,150",
                                       "outline_width": "0.1"})


def shared_classes(layers, field, n=6):
    """Class breaks over the values of ``field`` in all layers (round 'pretty' breaks between
    the smallest and the largest value of both)."""
    vals = []
    for lyr in layers:
        idx = lyr.fields().lookupField(field)
        if idx < 0:
            continue
        for f in lyr.getFeatures():
            v = f.attribute(idx)
            try:
                v = float(v)
            except (TypeError, ValueError):
                continue
            if math.isfinite(v):
                vals.append(v)
    if not vals:
        return []
    vals = np.asarray(vals)
    lo, hi = float(vals.min()), float(vals.max())
    if hi <= lo:
        return [(lo, hi)]
    # round numbers a reader can say aloud (0-5, 5-10 minutes...), QGIS's "pretty breaks"
    from qgis.core import QgsSymbolLayerUtils
    breaks = [b for b in QgsSymbolLayerUtils.prettyBreaks(lo, hi, n) if lo < b < hi]
    edges = [lo] + breaks + [hi]
    return [(float(a), float(b)) for a, b in zip(edges[:-1], edges[1:])]


def style_same_classes(layer, field, classes, higher_better):
    """Graduated style on ``field`` with the given classes; NULL drawn grey as 'no value'."""
    ramp = RAMP[::-1] if higher_better else RAMP
    ranges = []
    k = len(classes)
    for i, (a, b) in enumerate(classes):
        colour = ramp[int(round(i * (len(ramp) - 1) / max(k - 1, 1)))]
        ranges.append(QgsRendererRange(a, b, _symbol(layer, colour), f"{a:,.3g} – {b:,.3g}"))
    ranges.append(QgsRendererRange(NULL_VALUE - 1, NULL_VALUE + 1, _symbol(layer, NULL_COLOUR),
                                   tr("no value (unreachable)")))
    renderer = QgsGraduatedSymbolRenderer(f'coalesce("{field}", {NULL_VALUE:.0f})', ranges)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return [(r.label(), r.symbol().color().name()) for r in ranges]


def field_unit(field):
    """The unit of an UrbanPlan result field, from its name ('' when not known)."""
    f = field.lower()
    if f.startswith("time_") or f.endswith(("_min", "_minutes")):
        return tr("minutes")
    if f.startswith("dist_") or f.endswith(("_m", "_depth")):
        return tr("metres")
    if f.endswith("_m2"):
        return "m²"
    if f.endswith("_km"):
        return "km"
    if f.endswith(("_pct", "_percent")):
        return "%"
    return ""


def most_changed_field(result, fields):
    """The field that changes for the most rows between the baseline and the scenarios (from
    the comparison summaries), a walk time preferred on a tie; None when nothing is known."""
    changed = {}
    for rows in (getattr(result, "summaries", None) or {}).values():
        for row in rows:
            f = row.get("field")
            if f in fields:
                n = sum(int(row.get(k) or 0) for k in ("n_better", "n_worse"))
                changed[f] = changed.get(f, 0) + n
    if not changed:
        return next((f for f in fields if f.startswith("time_")), fields[0] if fields else None)
    return max(fields, key=lambda f: (changed.get(f, 0), f.startswith("time_"),
                                      -fields.index(f)))


class LinkedViewsDialog(QDialog):
    """Left: the baseline result; right: the chosen scenario's result, same field, same
    classes. Moving either view moves the other."""

    def __init__(self, result, project=None, iface=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Baseline | scenario, side by side"))
        self.result = result
        self.project = project or QgsProject.instance()
        self._syncing = False
        self._copies = {}
        spec = result.spec
        base = result.runs[BASELINE_NAME].layers.get(spec.result)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Scenario:")))
        self.combo = QComboBox(self)
        self.combo.addItems(result.names[1:])
        top.addWidget(self.combo, 1)
        top.addWidget(QLabel(tr("Show:")))
        self.field_combo = QComboBox(self)
        fields = []
        if isinstance(base, QgsVectorLayer):
            numeric = common_numeric_fields(base.fields(), base.fields(),
                                            exclude=(result.spec.key_field,))
            own = [f for f in (getattr(result, "compared_fields", None) or []) if f in numeric]
            fields = own or [f for f in numeric if f.lower() not in ("population", "pop")]
        self.field_combo.addItems(fields)
        preferred = most_changed_field(result, fields)
        if preferred:
            self.field_combo.setCurrentText(preferred)
        top.addWidget(self.field_combo, 1)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.left = QgsMapCanvas(self)
        self.right = QgsMapCanvas(self)
        self.left_label = QLabel(f"<b>{tr(BASELINE_NAME)}</b>")
        self.right_label = QLabel("")
        for label, canvas in ((self.left_label, self.left), (self.right_label, self.right)):
            col = QVBoxLayout()
            col.addWidget(label)
            col.addWidget(canvas, 1)
            row.addLayout(col, 1)
            canvas.setCanvasColor(canvas.palette().base().color())
        layout.addLayout(row, 1)
        self.legend = QLabel("")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.left.extentsChanged.connect(lambda: self._sync(self.left, self.right))
        self.right.extentsChanged.connect(lambda: self._sync(self.right, self.left))
        self.combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.field_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(1000, 560)
        crs = base.crs() if base is not None else self.project.crs()
        for c in (self.left, self.right):
            c.setDestinationCrs(crs)
        self.refresh()
        if base is not None:
            self.left.setExtent(base.extent())
            self.left.refresh()

    def _copy(self, name):
        """A private copy of a run's result layer, so styling it here leaves the project's
        layers alone."""
        if name not in self._copies:
            src = self.result.runs[name].layers.get(self.result.spec.result)
            self._copies[name] = src.clone() if src is not None else None
        return self._copies[name]

    def refresh(self):
        name = self.combo.currentText()
        field = self.field_combo.currentText()
        base, scen = self._copy(BASELINE_NAME), self._copy(name)
        self.right_label.setText(f"<b>{name}</b>")
        if field and base is not None and scen is not None:
            classes = shared_classes([base, scen], field)
            rule = rule_for(field, self.result.spec.directions)
            items = []
            for lyr in (base, scen):
                items = style_same_classes(lyr, field, classes, rule.direction == "higher")
            swatches = " ".join(
                f"<span style='background:{c}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                f"&nbsp;{lbl}&nbsp;&nbsp;"
                for lbl, c in items)
            better = {"lower": tr("lower is better"), "higher": tr("higher is better")}.get(
                rule.direction, "")
            unit = field_unit(field)
            about = tr(", ").join(x for x in (unit, better) if x)
            self.legend.setText(f"<b>{field}</b> ({about}): {swatches}")
        self.left.setLayers([base] if base is not None else [])
        self.right.setLayers([scen] if scen is not None else [])
        self.right.setExtent(self.left.extent())
        self.left.refresh()
        self.right.refresh()

    def _sync(self, src, dst):
        if self._syncing:
            return
        self._syncing = True
        try:
            dst.setExtent(src.extent())
            dst.refresh()
        finally:
            self._syncing = False
