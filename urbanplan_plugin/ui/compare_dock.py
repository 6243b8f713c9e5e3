"""The compare dock: one analysis, the baseline and scenarios side by side, in the background."""
import math

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QTableWidgetItem,
)

from ..core.scenarios.lenses import ANALYSES, role_for_param, share_scale
from ..core.scenarios.model import BASELINE_NAME
from ..i18n import tr, tr_indicator
from ..project.styles import style_difference_layer
from .compare_runner import CompareRunner
from .compat import figure_canvas_class, load_ui
from .export import export_layers, export_table, table_rows
from .param_form import ParamForm

FORM, BASE = load_ui("compare_dock")

BETTER_BG = QColor(209, 229, 240)
WORSE_BG = QColor(253, 219, 199)

FIELD_GUESSES = {
    "POPULATION_FIELD": ("population", "pop", "pop_total", "residents", "inhabitants"),
    "CATEGORY_FIELD": ("category", "amenity", "type", "kind"),
}


def _fmt(v, pct=False):
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return "–"
    if pct:
        return f"{v:+.1f} %"
    a = abs(v)
    if a != 0 and (a < 0.01 or a >= 1e6):
        return f"{v:.3g}"
    if a < 10:
        return f"{v:,.3f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:,.0f}"
    return f"{v:,.1f}" if a < 1000 else f"{v:,.0f}"


def _fmt_value(v, scale=None):
    """A value; a share (``scale``: 100 for a fraction, 1 for a percentage) in %."""
    if scale and v is not None:
        return f"{scale * v:.1f} %"
    return _fmt(v)


def _fmt_pp(v, scale=100.0):
    """A change of a share in percentage points."""
    if v is None:
        return "–"
    return f"{scale * v:+.1f} pp"


def _fmt_delta(v):
    if v is None:
        return "–"
    s = _fmt(v)
    return s if s.startswith("-") or s == "0" else "+" + s


class CompareDock(BASE, FORM):
    """Pick an analysis, its baseline inputs and scenarios; run; read table, chart and map."""

    def __init__(self, iface, store, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("UrbanPlanCompareDock")
        self.iface = iface
        self.store = store
        self.project = store.project
        self.runner = None
        self.result = None
        self.added_layer_ids = []
        self._user_layers = set()
        self._applied_params = {}
        self.form = ParamForm(self)
        self.settingsLayout.addWidget(self.form)
        self.settingsLayout.addStretch(1)
        self.canvas = None
        self.figure = None
        canvas_cls = figure_canvas_class()
        if canvas_cls is not None:
            from matplotlib.figure import Figure
            self.figure = Figure(figsize=(4, 3), dpi=96)
            self.canvas = canvas_cls(self.figure)
            self.chartLayout.addWidget(self.canvas)
        else:
            self.chartLayout.addWidget(QLabel(tr("Charts need matplotlib (python3-matplotlib).")))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.cancelButton.setEnabled(False)
        self.exportTableButton.setEnabled(False)
        self.exportLayersButton.setEnabled(False)
        self.linkedViewsButton.setEnabled(False)
        self.analysisCombo.currentIndexChanged.connect(lambda _i: self._analysis_changed())
        self.runButton.clicked.connect(lambda: self.run())
        self.cancelButton.clicked.connect(lambda: self.cancel())
        self.exportTableButton.clicked.connect(lambda: self.export_table())
        self.exportLayersButton.clicked.connect(lambda: self.export_layers())
        self.linkedViewsButton.clicked.connect(lambda: self.open_linked_views())
        self.store.changed.connect(self.refresh)
        self.refresh_analyses()
        self.refresh()

    # -- setup -----------------------------------------------------------------------------
    def available_analyses(self):
        reg = QgsApplication.processingRegistry()
        return [a for a in ANALYSES if reg.algorithmById(a.alg_id) is not None]

    def refresh_analyses(self):
        current = self.analysisCombo.currentData()
        self.analysisCombo.blockSignals(True)
        self.analysisCombo.clear()
        for a in self.available_analyses():
            self.analysisCombo.addItem(tr(a.label), a.key)
        self.analysisCombo.blockSignals(False)
        k = self.analysisCombo.findData(current) if current else 0
        self.analysisCombo.setCurrentIndex(max(k, 0))
        self._analysis_changed()

    def spec(self):
        key = self.analysisCombo.currentData()
        return next((a for a in ANALYSES if a.key == key), None)

    def select_analysis(self, key):
        k = self.analysisCombo.findData(key)
        if k < 0:
            return False
        self.analysisCombo.setCurrentIndex(k)
        return True

    def _role_layer(self, role):
        ref = self.store.sset.baseline.get(role)
        return self.project.mapLayer(ref.layer_id) if ref is not None and ref.layer_id else None

    def _analysis_changed(self):
        spec = self.spec()
        if spec is None:
            self.statusLabel.setText(tr("No analysis is installed yet."))
            return
        alg = QgsApplication.processingRegistry().algorithmById(spec.alg_id)
        self.form.build(alg, {}, dict(spec.defaults))
        # layer boxes follow the Scenario dock's baseline until the user picks another layer
        self._user_layers = set()
        for name, w in self.form.layer_widgets().items():
            w.activated.connect(lambda _i, n=name: self._user_layers.add(n))
        self._applied_params = {}
        self._apply_roles()
        self._apply_values()
        self._guess_fields()
        self.statusLabel.setText(alg.shortDescription())

    def _apply_values(self):
        """The baseline settings stored with the scenarios (e.g. an example's preset)."""
        for k, v in self.store.sset.baseline_params.items():
            if self._applied_params.get(k) != v and k in self.form.widgets:
                self.form.set_value(k, v)
                self._applied_params[k] = v

    def _param_roles(self):
        """{parameter name: baseline role} for the current analysis's layer parameters."""
        spec = self.spec()
        out = {}
        for name in self.form.layer_widgets():
            role = spec.roles[name] if name in spec.roles else role_for_param(name)
            if role:
                out[name] = role
        return out

    def _apply_roles(self):
        """Put the baseline layers into the layer boxes the user has not set by hand."""
        widgets = self.form.layer_widgets()
        for name, role in self._param_roles().items():
            if name in self._user_layers:
                continue
            w = widgets[name]
            layer = self._role_layer(role)
            if layer is not None and w.currentLayer() is not layer:
                w.setLayer(layer)

    def _guess_fields(self, values=()):
        """Fill empty field parameters (population, category) from their layer's fields."""
        for name, guesses in FIELD_GUESSES.items():
            if name in self.form.widgets and name not in values:
                _pdef, w = self.form.widgets[name]
                if hasattr(w, "layer") and w.layer() is not None and not w.currentField():
                    names = {f.name().lower(): f.name() for f in w.layer().fields()}
                    hit = next((names[g] for g in guesses if g in names), None)
                    if hit:
                        w.setField(hit)

    def refresh(self):
        """Scenario list from the store (checked state kept by name)."""
        checked = set(self.checked_scenarios())
        self.scenarioChecks.clear()
        for s in self.store.sset.scenarios:
            item = QListWidgetItem(s.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if (s.name in checked or not checked)
                               else Qt.CheckState.Unchecked)
            item.setToolTip("\n".join([s.description] + s.summary()).strip())
            self.scenarioChecks.addItem(item)
        if self.spec() is not None and not self.form.widgets:
            self._analysis_changed()
        elif self.spec() is not None:
            self._apply_roles()
            self._apply_values()
            self._guess_fields()

    def checked_scenarios(self):
        out = []
        for i in range(self.scenarioChecks.count()):
            item = self.scenarioChecks.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.text())
        return out

    def set_checked(self, names):
        for i in range(self.scenarioChecks.count()):
            item = self.scenarioChecks.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names
                               else Qt.CheckState.Unchecked)

    # -- run -------------------------------------------------------------------------------
    def run(self):
        spec = self.spec()
        if spec is None:
            return False
        if self.runner is not None and self.runner.running:
            return False
        names = self.checked_scenarios()
        if not names:
            self._status(tr("Tick at least one scenario to compare with the baseline."), True)
            return False
        params = self.form.values()
        alg = QgsApplication.processingRegistry().algorithmById(spec.alg_id)
        missing = [p.description() for p in alg.parameterDefinitions()
                   if not p.isDestination() and p.name() not in params
                   and p.name() in self.form.layer_widgets() and not _optional(p)]
        if missing:
            self._status(tr("Choose: {m}.").format(m=", ".join(missing)), True)
            return False
        self.store.sync()
        self.logView.clear()
        self.progressBar.setValue(0)
        self.runner = CompareRunner(spec, self.store.sset, params, names, self.project)
        self.runner.progressChanged.connect(lambda p: self.progressBar.setValue(int(p)))
        self.runner.message.connect(self.logView.appendPlainText)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self._status(tr("Running {a}: baseline and {n} scenario(s)…").format(
            a=tr(spec.label), n=len(names)))
        if not self.runner.start():
            self.runButton.setEnabled(True)
            self.cancelButton.setEnabled(False)
            return False
        return True

    def cancel(self):
        if self.runner is not None:
            self.runner.cancel()
            self._status(tr("Cancelling…"))

    def _status(self, text, error=False):
        colour = "#b2182b" if error else "#333333"
        self.statusLabel.setText(f"<span style='color:{colour}'>{text}</span>")

    def _failed(self, message):
        self.runButton.setEnabled(True)
        self.cancelButton.setEnabled(False)
        self.progressBar.setValue(0)
        self._status(message, True)
        self.logView.appendPlainText(message)

    def _finished(self, result):
        self.runButton.setEnabled(True)
        self.cancelButton.setEnabled(False)
        self.result = result
        self.fill_table(result)
        self.draw_chart(result)
        if self.addLayersCheck.isChecked():
            self.add_layers(result)
        self.exportTableButton.setEnabled(True)
        self.exportLayersButton.setEnabled(True)
        self.linkedViewsButton.setEnabled(bool(result.deltas))
        parts = []
        for name in result.names[1:]:
            c = result.delta_counts.get(name, {})
            if "N_BETTER" in c:
                pop = c.get("POP_BETTER")
                parts.append(tr("{s}: {b} of {n} places better off{p}, {w} worse off").format(
                    s=name, b=c.get("N_BETTER") or 0, n=c.get("N_ROWS") or 0,
                    w=(c.get("N_WORSE") or 0),
                    p="" if pop is None else tr(" ({p:,.0f} people)").format(p=pop)))
            elif "AREA_GAINED_M2" in c:
                parts.append(tr("{s}: +{g:,.0f} m² covered, −{l:,.0f} m²").format(
                    s=name, g=c["AREA_GAINED_M2"], l=c["AREA_LOST_M2"]))
        self._status(tr("Done in {t:.1f} s. {p}").format(t=result.seconds, p="; ".join(parts)))

    # -- table and chart -------------------------------------------------------------------
    @staticmethod
    def visible_rows(result):
        """Indicator rows for the table and chart, without the spec's repeated rows."""
        hidden = result.spec.table_hidden
        return [r for r in result.indicator_rows()
                if not any(h in f"{r['indicator']}|" for h in hidden)]

    def fill_table(self, result):
        names = result.names[1:]
        rows = self.visible_rows(result)
        headers = [tr("Indicator"), tr(BASELINE_NAME)]
        for n in names:
            # the scenario's name under "change": still readable when the table is scrolled
            headers += [n, tr("Change") + f"\n{n}", tr("% change") + f"\n{n}"]
        t = self.resultTable
        t.clear()
        t.setColumnCount(len(headers))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            item = QTableWidgetItem(tr_indicator(row["indicator"]))
            item.setToolTip(row["indicator"])
            item.setData(Qt.ItemDataRole.UserRole, row["indicator"])
            t.setItem(r, 0, item)
            scale = share_scale(row["indicator"])
            t.setItem(r, 1, self._num_item(_fmt_value(row["base"], scale)))
            for j, n in enumerate(names):
                c = row["scenarios"][n]
                col = 2 + 3 * j
                t.setItem(r, col, self._num_item(_fmt_value(c["scenario"], scale)))
                d = self._num_item(_fmt_pp(c["delta"], scale) if scale
                                   else _fmt_delta(c["delta"]))
                p = self._num_item(_fmt(c["pct_change"], pct=True))
                for it in (d, p):
                    if c["verdict"] == "better":
                        it.setBackground(QBrush(BETTER_BG))
                        it.setToolTip(tr("better"))
                    elif c["verdict"] == "worse":
                        it.setBackground(QBrush(WORSE_BG))
                        it.setToolTip(tr("worse"))
                t.setItem(r, col + 1, d)
                t.setItem(r, col + 2, p)
        header = t.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        t.setColumnWidth(0, 220)
        t.verticalHeader().setVisible(False)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        t.resizeRowsToContents()
        t.setToolTip(tr("Blue = better than the baseline, red = worse. Shares are in %, their "
                        "change in percentage points (pp); '% change' is relative to the "
                        "baseline value."))

    @staticmethod
    def _num_item(text):
        it = QTableWidgetItem(text)
        it.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        return it

    def table_value(self, indicator, column):
        """The text shown for ``indicator`` (id) in a column (header text); for tests."""
        t = self.resultTable
        headers = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
        col = headers.index(column)
        for r in range(t.rowCount()):
            if t.item(r, 0).data(Qt.ItemDataRole.UserRole) == indicator:
                return t.item(r, col).text()
        raise KeyError(indicator)

    def chart_data(self, result):
        """(labels, {run: values}, unit) for the chart: shares in % when the analysis has share
        indicators, else the % change of each indicator."""
        rows = self.visible_rows(result)
        shares = [r for r in rows if share_scale(r["indicator"]) and r["base"] is not None][:10]
        if shares:
            labels = [tr_indicator(r["indicator"]) for r in shares]
            scale = [share_scale(r["indicator"]) for r in shares]
            data = {tr(BASELINE_NAME): [k * r["base"] for k, r in zip(scale, shares)]}
            for n in result.names[1:]:
                data[n] = [k * (r["scenarios"][n]["scenario"] or 0)
                           for k, r in zip(scale, shares)]
            return labels, data, tr("% of people")
        rows = [r for r in rows if r["base"] not in (None, 0)][:8]
        labels = [tr_indicator(r["indicator"]) for r in rows]
        data = {n: [r["scenarios"][n]["pct_change"] or 0 for r in rows] for n in result.names[1:]}
        return labels, data, tr("% change from the baseline")

    def draw_chart(self, result):
        if self.figure is None:
            return
        import textwrap
        labels, data, unit = self.chart_data(result)
        self.figure.clear()
        ax = self.figure.add_subplot(111)
        if not labels:
            ax.text(0.5, 0.5, tr("No indicator to chart"), ha="center", va="center")
            ax.set_axis_off()
            self.canvas.draw()
            return
        n = len(data)
        height = 0.8 / max(n, 1)
        # baseline grey, scenarios in colours that do not read as "worse" (no red)
        colours = ["#969696", "#2166ac", "#5aae61", "#9970ab", "#e08214", "#35978f"]
        for i, (name, values) in enumerate(data.items()):
            ys = [k + (i - (n - 1) / 2) * height for k in range(len(labels))]
            ax.barh(ys, values, height=height * 0.95, label=name,
                    color=colours[i % len(colours)])
        ax.set_yticks(range(len(labels)))
        ax.set_yticklabels([textwrap.fill(lbl, 28) for lbl in labels], fontsize=7)
        ax.invert_yaxis()
        ax.set_xlabel(unit, fontsize=8)
        ax.tick_params(axis="x", labelsize=7)
        ax.axvline(0, color="#444444", linewidth=0.6)
        ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.16),
                  ncol=min(n, 3), frameon=False)
        ax.set_title(tr(result.spec.label), fontsize=9)
        self.figure.tight_layout()
        self.canvas.draw()

    # -- map -------------------------------------------------------------------------------
    def add_layers(self, result):
        """Results (hidden) and difference layers (shown, blue/red) in one group."""
        root = self.project.layerTreeRoot()
        title = tr("Comparison: {a}").format(a=tr(result.spec.label.split(" (")[0]))
        old = root.findGroup(title)
        if old is not None:
            ids = [n.layerId() for n in old.findLayers()]
            root.removeChildNode(old)
            self.project.removeMapLayers([i for i in ids if self.project.mapLayer(i)])
        group = root.insertGroup(self._insert_index(root), title)
        self.added_layer_ids = []
        res_group = group.addGroup(tr("Results (baseline and scenarios)"))
        for name in result.names:
            layer = result.runs[name].layers.get(result.spec.result)
            if layer is None:
                continue
            self.project.addMapLayer(layer, False)
            node = res_group.addLayer(layer)
            node.setItemVisibilityChecked(False)
            self.added_layer_ids.append(layer.id())
        res_group.setExpanded(False)
        for name in reversed(result.names[1:]):
            layer = result.deltas.get(name)
            if layer is None:
                continue
            family = result.spec.family
            style_difference_layer(layer, family)
            self.project.addMapLayer(layer, False)
            node = group.insertLayer(0, layer)
            node.setExpanded(name == result.names[1])   # the legend of the one shown
            node.setItemVisibilityChecked(name == result.names[1])
            self.added_layer_ids.append(layer.id())
        group.setExpanded(True)
        # show the sketches of the scenario whose change is on the map, hide the others'
        from ..project.scenario_store import scenario_group
        for name in result.names[1:]:
            g = scenario_group(self.project, name, create=False)
            if g is not None:
                g.setItemVisibilityChecked(name == result.names[1])
        if self.iface is not None and hasattr(self.iface, "mapCanvas"):
            try:
                self.iface.mapCanvas().refresh()
            except RuntimeError:
                pass

    def _insert_index(self, root):
        """Below the scenario sketch groups and point layers (so new shelters and facilities
        stay visible on top of the coloured differences), above everything else."""
        from qgis.core import QgsLayerTreeGroup, QgsLayerTreeLayer, QgsWkbTypes
        for i, node in enumerate(root.children()):
            if isinstance(node, QgsLayerTreeGroup) and node.customProperty(
                    "urbanplan/scenario_group"):
                continue
            if isinstance(node, QgsLayerTreeLayer) and node.layer() is not None and \
                    hasattr(node.layer(), "wkbType") and QgsWkbTypes.geometryType(
                        node.layer().wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
                continue
            return i
        return len(root.children())

    def open_linked_views(self):
        if self.result is None or not self.result.deltas:
            return None
        from .linked_views import LinkedViewsDialog
        dlg = LinkedViewsDialog(self.result, self.project, self.iface, self)
        dlg.show()
        self._linked = dlg
        return dlg

    # -- export ----------------------------------------------------------------------------
    def export_table(self, path=None):
        if self.result is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export indicator table"), "comparison.csv",
                tr("CSV (*.csv);;Excel workbook (*.xlsx)"))
            if not path:
                return None
        written = export_table(path, table_rows(self.result))
        self._status(tr("Table written to {f}.").format(f=written))
        return written

    def export_layers(self, path=None):
        if self.result is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save layers"), "comparison.gpkg",
                                                  tr("GeoPackage (*.gpkg)"))
            if not path:
                return None
        written = export_layers(path, self.result)
        self._status(tr("{n} layer(s) saved to {f}.").format(n=len(written), f=path))
        return written

    def cleanup(self):
        """Stop running work and let go of the project (the plugin's unload calls this)."""
        if self.runner is not None and self.runner.running:
            self.runner.cancel()
        try:
            self.store.changed.disconnect(self.refresh)
        except (TypeError, RuntimeError):
            pass
        self.form.clear()


def _optional(pdef):
    from .param_form import _optional as opt
    return opt(pdef)

