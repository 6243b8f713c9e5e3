"""The compare dock: one analysis, the baseline and scenarios side by side, in the background."""

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

from ..core.common.errors import UrbanPlanError
from ..core.common.numbers import (
    format_change,
    format_number,
    format_percent,
    format_points,
    format_share,
)
from ..core.scenarios.lenses import ANALYSES, is_share, role_for_param, share_scale
from ..core.scenarios.model import BASELINE_NAME
from ..i18n import tr, tr_indicator
from ..project.styles import style_difference_layer
from ..qgis_io.layers import engine_message
from .compare_runner import CompareRunner
from .compat import figure_canvas_class, load_ui
from .export import export_layers, export_table, table_rows
from .param_form import ParamForm

FORM, BASE = load_ui("compare_dock")

PROFILE_PARAM, GROUP_PROFILES_PARAM, TERRAIN_PARAM = "PROFILE", "GROUP_PROFILES", "DEM"
TERRAIN_ROLE = "terrain"
"""The travel settings of the network analyses: kept with the scenarios (baseline_params and
the baseline's terrain model), shared with the Scenario dock."""

BETTER_BG = QColor(209, 229, 240)
WORSE_BG = QColor(253, 219, 199)

FIELD_GUESSES = {
    "POPULATION_FIELD": ("population", "pop", "pop_total", "residents", "inhabitants"),
    "CATEGORY_FIELD": ("category", "amenity", "type", "kind"),
}


def indicator_parts(ind_id):
    """(heading, keys) of an indicator id in the interface language: 'share_within|school|
    pop_65plus' -> ('Share within the threshold', 'school, pop_65plus'); keys '' for an
    indicator without keys."""
    from ..core.scenarios.lenses import SUMMARY_WORDS, head_label
    parts = str(ind_id).split("|")
    head = head_label(parts[0], tr)
    rest = [tr(SUMMARY_WORDS[p]) if SUMMARY_WORDS.get(p) else p
            for p in parts[1:] if SUMMARY_WORDS.get(p, p)]
    return head, tr(", ").join(rest)


def _wrap(text, width=14):
    import textwrap
    return "\n".join(textwrap.wrap(str(text), width, break_long_words=False)) or str(text)


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
        self._applying = False
        self._group_note = ""
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
            self.chartLayout.addStretch(1)
        else:
            self.chartLayout.addWidget(QLabel(tr("Charts need matplotlib (python3-matplotlib).")))
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
        # comparison layers follow the project into its folder when it is saved
        self.project.writeProject.connect(self._before_project_write)
        # a closed project takes its layers with it: the result shown here goes too
        self.project.cleared.connect(self._project_cleared)
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
        self._applying = True
        try:
            self.form.build(alg, {}, dict(spec.defaults))
            # layer boxes follow the Scenario dock's baseline until the user picks another
            # layer (the terrain model is a shared setting: it stays the baseline's)
            self._user_layers = set()
            for name, w in self.form.layer_widgets().items():
                if name != TERRAIN_PARAM:
                    w.activated.connect(lambda _i, n=name: self._user_layers.add(n))
            self._connect_travel()
            self._applied_params = {}
            self._apply_roles()
            self._apply_values()
            self._guess_fields()
        finally:
            self._applying = False
        self.statusLabel.setText(alg.shortDescription())

    def _apply_values(self):
        """The baseline settings stored with the scenarios (e.g. an example's preset, the
        travel profile)."""
        was, self._applying = self._applying, True
        try:
            for k, v in self.store.sset.baseline_params.items():
                if self._applied_params.get(k) != v and k in self.form.widgets:
                    self.form.set_value(k, v)
                    self._applied_params[k] = v
        finally:
            self._applying = was

    # -- who travels: shared with the Scenario dock, kept with the scenarios -----------------
    def _connect_travel(self):
        """The travel settings (PROFILE, GROUP_PROFILES, DEM) are the baseline's: what the
        user sets here is stored with the scenarios in the project (and shown in the Scenario
        dock), so every run, the scorecard and a reopened project use it."""
        widgets = self.form.widgets
        if PROFILE_PARAM in widgets:
            combo = widgets[PROFILE_PARAM][1]
            combo.currentIndexChanged.connect(
                lambda _i, c=combo: self._travel_edited(PROFILE_PARAM, c.currentData()))
        if GROUP_PROFILES_PARAM in widgets:
            edit = widgets[GROUP_PROFILES_PARAM][1]
            edit.editingFinished.connect(
                lambda e=edit: self._travel_edited(GROUP_PROFILES_PARAM, e.text()))
        if TERRAIN_PARAM in widgets:
            widgets[TERRAIN_PARAM][1].layerChanged.connect(self._terrain_edited)

    def _travel_edited(self, name, value):
        if self._applying:
            return
        from ..core.walk.profiles import normalise_group_profiles
        sset = self.store.sset
        if name == GROUP_PROFILES_PARAM:
            try:
                value = normalise_group_profiles(value)
            except UrbanPlanError as exc:
                self._status(engine_message(exc), True)
                return
        value = "" if value is None else str(value)
        if sset.baseline_params.get(name, "" if name == GROUP_PROFILES_PARAM else None) == value:
            return
        sset.baseline_params[name] = value
        self._applied_params[name] = value
        self._save_store()

    def _terrain_edited(self, layer):
        if self._applying:
            return
        from ..project.scenario_store import layer_ref
        sset = self.store.sset
        ref = sset.baseline.get(TERRAIN_ROLE)
        if layer is None and ref is None:
            return
        if layer is not None and ref is not None and ref.layer_id == layer.id():
            return
        sset.set_baseline(TERRAIN_ROLE, layer_ref(layer) if layer is not None else None)
        self._save_store()

    def _save_store(self):
        try:
            self.store.save()
        except UrbanPlanError as exc:
            self._status(engine_message(exc), True)

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
        """Put the baseline layers into the layer boxes the user has not set by hand (the
        terrain model box follows the baseline's terrain model, also when it has none)."""
        widgets = self.form.layer_widgets()
        was, self._applying = self._applying, True
        try:
            for name, role in self._param_roles().items():
                if name in self._user_layers:
                    continue
                w = widgets[name]
                layer = self._role_layer(role)
                if role == TERRAIN_ROLE and layer is None and w.currentLayer() is not None:
                    w.setLayer(None)
                elif layer is not None and w.currentLayer() is not layer:
                    w.setLayer(layer)
        finally:
            self._applying = was

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
        # as tall as its rows (up to about six), so the settings above get the room
        rows = max(self.scenarioChecks.count(), 2)
        row_h = max(self.scenarioChecks.sizeHintForRow(0), 18) if self.scenarioChecks.count() \
            else 18
        self.scenarioChecks.setMaximumHeight(min(rows, 6) * row_h + 8)
        self.scenarioChecks.setMinimumHeight(min(rows, 3) * row_h + 8)
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
        params = self._with_group_fields(self.form.values())
        alg = QgsApplication.processingRegistry().algorithmById(spec.alg_id)
        missing = [p.description() for p in alg.parameterDefinitions()
                   if not p.isDestination() and p.name() not in params
                   and p.name() in self.form.layer_widgets() and not _optional(p)]
        if missing:
            self._status(tr("Choose: {m}.").format(m=", ".join(missing)), True)
            return False
        self.store.sync()
        self.logView.clear()
        if self._group_note:
            self.logView.appendPlainText(self._group_note)
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

    def _with_group_fields(self, params):
        """The groups GROUP_PROFILES names are population groups of the run: ticked in
        GROUP_FIELDS when the origins have such a field (the run then counts them)."""
        from ..project.scenario_inputs import with_group_fields
        spec = self.spec()
        self._group_note = ""
        if not params.get(GROUP_PROFILES_PARAM) or spec is None:
            return params
        alg = QgsApplication.processingRegistry().algorithmById(spec.alg_id)
        origins = next((v for k, v in params.items() if self._param_roles().get(k) ==
                        "population"), None)
        out, self._group_note = with_group_fields(alg, params, origins)
        if out.get("GROUP_FIELDS") != params.get("GROUP_FIELDS"):
            self.form.set_value("GROUP_FIELDS", out["GROUP_FIELDS"])
        return out

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
        self.stepTabs.setCurrentWidget(self.resultsTab)
        self.resultTabs.setCurrentWidget(self.tableTab)
        saved = ""
        if self.addLayersCheck.isChecked():
            saved = self.add_layers(result) or ""
        self.exportTableButton.setEnabled(True)
        self.exportLayersButton.setEnabled(True)
        # the linked views compare result fields: raster results have none
        self.linkedViewsButton.setEnabled(bool(result.deltas) and not result.raster_deltas)
        parts = []
        for name in result.names[1:]:
            c = result.delta_counts.get(name, {})
            if "N_BETTER" in c:
                pop = c.get("POP_BETTER")
                parts.append(tr("{s}: {b} of {n} places better off{p}, {w} worse off").format(
                    s=name, b=c.get("N_BETTER") or 0, n=c.get("N_ROWS") or 0,
                    w=(c.get("N_WORSE") or 0),
                    p="" if pop is None else tr(" ({p:,.0f} people)").format(p=pop)))
            elif "AREA_BETTER_M2" in c:
                parts.append(tr("{s}: water shallower on {b:,.0f} m², deeper on {w:,.0f} "
                                "m²").format(s=name, b=c["AREA_BETTER_M2"],
                                             w=c["AREA_WORSE_M2"]))
            elif "AREA_GAINED_M2" in c:
                parts.append(tr("{s}: +{g:,.0f} m² covered, −{l:,.0f} m²").format(
                    s=name, g=c["AREA_GAINED_M2"], l=c["AREA_LOST_M2"]))
        done = tr("Done in {t:.1f} s.").format(t=result.seconds)
        self._status(" ".join(x for x in (done, "; ".join(parts) + "." if parts else "", saved)
                              if x))

    # -- table and chart -------------------------------------------------------------------
    @staticmethod
    def visible_rows(result):
        """Indicator rows for the table and chart, without the spec's repeated rows."""
        hidden = result.spec.table_hidden
        return [r for r in result.indicator_rows()
                if not any(h in f"{r['indicator']}|" for h in hidden)]

    def fill_table(self, result):
        """One row per indicator: its value in the baseline and each scenario, and the change
        (blue = better, red = worse). Indicators of one kind (a share for each category and
        group) are listed under one heading, so each row is short enough for a docked
        panel."""
        names = result.names[1:]
        rows = self.visible_rows(result)
        headers = [(tr("Indicator"), tr("Indicator")), (tr(BASELINE_NAME), BASELINE_NAME)]
        for n in names:
            headers += [(_wrap(n, 11), n), (tr("Change"), f"Change\n{n}")]
        t = self.resultTable
        t.clear()
        t.setColumnCount(len(headers))
        t.setRowCount(0)
        for c, (text, key) in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(key.replace("\n", ": ") if c > 1 else text)
            t.setHorizontalHeaderItem(c, item)
        heads = {}
        for row in rows:
            head = indicator_parts(row["indicator"])[0]
            heads[head] = heads.get(head, 0) + 1
        current = None
        for row in rows:
            head, keys = indicator_parts(row["indicator"])
            grouped = keys and heads[head] > 1
            if grouped and head != current:
                r = t.rowCount()
                t.insertRow(r)
                item = QTableWidgetItem(head)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(r, 0, item)
                t.setSpan(r, 0, 1, len(headers))
            current = head if grouped else None
            r = t.rowCount()
            t.insertRow(r)
            label = ("    " + keys) if grouped else (f"{head}: {keys}" if keys else head)
            item = QTableWidgetItem(label)
            item.setToolTip(f"{tr_indicator(row['indicator'])}\n{row['indicator']}")
            item.setData(Qt.ItemDataRole.UserRole, row["indicator"])
            t.setItem(r, 0, item)
            scale = share_scale(row["indicator"])
            t.setItem(r, 1, self._num_item(
                format_share(row["base"], scale) if scale else format_number(row["base"])))
            for j, n in enumerate(names):
                c = row["scenarios"][n]
                col = 2 + 2 * j
                t.setItem(r, col, self._num_item(
                    format_share(c["scenario"], scale) if scale else format_number(c["scenario"])))
                d = self._num_item(format_points(c["delta"], scale) if scale else
                                   format_change(c["delta"], row["base"], c["scenario"]))
                tip = tr("{s}: {p} compared with the baseline").format(
                    s=n, p=format_percent(c["pct_change"], signed=True))
                if c["verdict"] == "better":
                    d.setBackground(QBrush(BETTER_BG))
                    tip += " – " + tr("better")
                elif c["verdict"] == "worse":
                    d.setBackground(QBrush(WORSE_BG))
                    tip += " – " + tr("worse")
                d.setToolTip(tip)
                d.setData(Qt.ItemDataRole.UserRole, format_percent(c["pct_change"], signed=True))
                t.setItem(r, col + 1, d)
        header = t.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
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

    def _column(self, column):
        t = self.resultTable
        for c in range(t.columnCount()):
            h = t.horizontalHeaderItem(c)
            if column in (h.text(), h.data(Qt.ItemDataRole.UserRole)):
                return c
        if column.startswith("% change\n"):
            return self._column("Change\n" + column.split("\n", 1)[1])
        raise KeyError(column)

    def table_value(self, indicator, column):
        """The text shown for ``indicator`` (id) in a column ('Baseline', a scenario's name,
        'Change\\n<scenario>'; '% change\\n<scenario>' gives the % change kept with the
        change cell); for tests."""
        t = self.resultTable
        col = self._column(column)
        for r in range(t.rowCount()):
            item = t.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == indicator:
                cell = t.item(r, col)
                if column.startswith("% change\n"):
                    return cell.data(Qt.ItemDataRole.UserRole)
                return cell.text()
        raise KeyError(indicator)

    def chart_data(self, result):
        """(labels, {run: values}, unit, heading) for the chart: shares in % when the analysis
        has share indicators, else the % change of each indicator. Labels leave out a heading
        all rows share (it becomes the chart's axis title)."""
        rows = self.visible_rows(result)
        shares = [r for r in rows if is_share(r["indicator"]) and r["base"] is not None][:12]
        if shares:
            parts = [indicator_parts(r["indicator"]) for r in shares]
            scale = [share_scale(r["indicator"]) for r in shares]
            data = {tr(BASELINE_NAME): [k * r["base"] for k, r in zip(scale, shares)]}
            for n in result.names[1:]:
                data[n] = [k * (r["scenarios"][n]["scenario"] or 0)
                           for k, r in zip(scale, shares)]
            unit = tr("% of people")
        else:
            rows = [r for r in rows if r["base"] not in (None, 0)][:10]
            parts = [indicator_parts(r["indicator"]) for r in rows]
            data = {n: [r["scenarios"][n]["pct_change"] or 0 for r in rows]
                    for n in result.names[1:]}
            unit = tr("% change from the baseline")
        heads = {h for h, _k in parts}
        if len(heads) == 1 and all(k for _h, k in parts):
            labels = [k for _h, k in parts]
            heading = heads.pop()
        else:
            labels = [f"{h}: {k}" if k else h for h, k in parts]
            heading = ""
        return labels, data, unit, heading

    def draw_chart(self, result):
        """Horizontal bars, one group per indicator, its label written above the bars (long
        labels need no margin, so the chart fits a narrow dock); the chart grows with the
        number of indicators and scrolls."""
        if self.figure is None:
            return
        import warnings

        import matplotlib
        from matplotlib.transforms import blended_transform_factory

        from .fonts import chart_rc, cjk_family, has_cjk
        labels, data, unit, heading = self.chart_data(result)
        title = tr(result.spec.label)
        if cjk_family() is None:
            # no font for Chinese characters here: English names rather than empty boxes
            texts = labels + list(data) + [unit, heading, title]
            if any(has_cjk(t) for t in texts):
                labels, data, unit, heading, title = self._english_chart(result)
        n_runs = max(len(data), 1)
        # one slot per indicator: its label, one bar per run, a gap (in pixels, so labels
        # never run into the bars whatever the number of runs)
        label_px, bar_px, gap_px = 15.0, 13.0, 9.0
        slot_px = label_px + bar_px * n_runs + gap_px
        title_text = _wrap(title, 48) + ("\n" + heading if heading else "")
        top_px, bottom_px = 20 + 13 * (title_text.count("\n") + 1), 64
        height_px = int(top_px + bottom_px + slot_px * max(len(labels), 1))
        dpi = self.figure.get_dpi()
        width_px = max(self.chartScroll.viewport().width(), self.canvas.width(), 300)
        self.figure.set_size_inches(width_px / dpi, height_px / dpi)
        self.canvas.setFixedHeight(height_px)
        with matplotlib.rc_context(chart_rc()), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*Glyph.*missing.*")
            self.figure.clear()
            ax = self.figure.add_subplot(111)
            if not labels:
                ax.text(0.5, 0.5, tr("No indicator to chart"), ha="center", va="center")
                ax.set_axis_off()
                self.canvas.draw()
                return
            colours = ["#969696", "#2166ac", "#5aae61", "#9970ab", "#e08214", "#35978f"]
            bar = bar_px / slot_px
            values = [v for vs in data.values() for v in vs]
            lo, hi = min(values + [0.0]), max(values + [0.0])
            span = (hi - lo) or 1.0
            text_x = blended_transform_factory(ax.transAxes, ax.transData)
            for k, label in enumerate(labels):
                y0 = float(k)             # the y axis points down: a slot runs y0 .. y0 + 1
                ax.text(0.0, y0 + 1.0 / slot_px, label, transform=text_x, ha="left", va="top",
                        fontsize=7.5, color="#222222", clip_on=False)
                for i, (name, vals) in enumerate(data.items()):
                    y = y0 + (label_px + (i + 0.5) * bar_px) / slot_px
                    v = vals[k]
                    ax.barh(y, v, height=bar * 0.9, color=colours[i % len(colours)],
                            label=name if k == 0 else None)
                    ax.text(v + (0.01 * span if v >= 0 else -0.01 * span), y,
                            f"{v:.1f}", va="center", ha="left" if v >= 0 else "right",
                            fontsize=6.5, color="#333333")
            ax.set_ylim(len(labels) - gap_px / slot_px * 0.5, 0.0)
            ax.set_yticks([])
            pad = 0.12 * span
            ax.set_xlim(min(lo - (pad if lo < 0 else 0), 0), hi + pad)
            ax.axvline(0, color="#444444", linewidth=0.6)
            ax.set_xlabel(unit, fontsize=8)
            ax.tick_params(axis="x", labelsize=7)
            for side in ("top", "right", "left"):
                ax.spines[side].set_visible(False)
            ax.set_title(title_text, fontsize=8.5, loc="left")
            w = width_px
            axes_px = height_px - top_px - bottom_px
            ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(0.0, -34.0 / axes_px),
                      ncol=min(n_runs, 3), frameon=False)
            self.figure.subplots_adjust(left=12.0 / w, right=1 - 24.0 / w,
                                        top=1 - top_px / height_px, bottom=bottom_px / height_px)
            self.canvas.draw()

    def _english_chart(self, result):
        """The chart's texts in English (used when no CJK font is installed)."""
        from ..core.scenarios.lenses import indicator_label
        labels, data, _unit, _heading = self.chart_data(result)
        rows = self.visible_rows(result)
        shares = [r for r in rows if is_share(r["indicator"]) and r["base"] is not None][:12]
        pick = shares or [r for r in rows if r["base"] not in (None, 0)][:10]
        labels = [indicator_label(r["indicator"]) for r in pick]
        data = {(BASELINE_NAME if k == tr(BASELINE_NAME) else k): v for k, v in data.items()}
        unit = "% of people" if shares else "% change from the baseline"
        return labels, data, unit, "", result.spec.label

    # -- map -------------------------------------------------------------------------------
    def comparison_group_title(self, result):
        return tr("Comparison: {a}").format(a=tr(result.spec.label.split(" (")[0]))

    def add_layers(self, result):
        """Results (hidden) and difference layers (shown, blue/red) in one group, saved in the
        GeoPackage beside the project (project/comparison_store.py) so they are still there
        when the project is opened again. The group opens with the first scenario's change
        and its drawn changes (new shelters, closed streets) on the map. Returns a sentence
        for the status line saying where the layers were saved (or why not)."""
        from qgis.core import QgsLayerTreeGroup

        from ..project.comparison_store import GROUP_PROPERTY
        root = self.project.layerTreeRoot()
        title = self.comparison_group_title(result)
        for old in [g for g in root.findGroups() if g.customProperty(GROUP_PROPERTY) ==
                    result.spec.key or g.name() == title]:
            ids = [n.layerId() for n in old.findLayers()]
            old.parent().removeChildNode(old)
            self.project.removeMapLayers([i for i in ids if self.project.mapLayer(i)])
        for name in result.names[1:]:
            layer = result.deltas.get(name)
            if layer is not None and name not in result.raster_deltas:
                style_difference_layer(layer, result.spec.family)
            self._style_raster_changes(result, name)
        note = self._persist(result)
        # build the group before it goes into the tree, so the Layers panel shows it open
        group = QgsLayerTreeGroup(title)
        group.setCustomProperty(GROUP_PROPERTY, result.spec.key)
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
        shown = result.names[1] if len(result.names) > 1 else None
        for name in reversed(result.names[1:]):
            layer = result.deltas.get(name)
            if layer is None:
                continue
            # a raster lens: every difference raster, the main one (the first) on top
            extra = [lyr for lyr in result.raster_deltas.get(name, {}).values()
                     if lyr is not layer]
            for other in reversed(extra):
                self.project.addMapLayer(other, False)
                node = group.insertLayer(0, other)
                node.setExpanded(False)
                node.setItemVisibilityChecked(False)
                self.added_layer_ids.append(other.id())
            self.project.addMapLayer(layer, False)
            node = group.insertLayer(0, layer)
            node.setExpanded(name == shown)   # the legend of the one shown
            node.setItemVisibilityChecked(name == shown)
            self.added_layer_ids.append(layer.id())
        root.insertChildNode(self._insert_index(root), group)
        _expand(group)
        self._show_sketches(result, shown)
        if self.iface is not None and hasattr(self.iface, "mapCanvas"):
            try:
                self.iface.mapCanvas().refresh()
            except RuntimeError:
                pass
        return note

    def _persist(self, result):
        """Result and difference layers into the comparison GeoPackage; the result keeps the
        saved layers. Returns a sentence for the status line."""
        import os

        from ..project.comparison_store import new_comparison_gpkg, save_layers, table_name
        from ..project.styles import apply_style
        path = new_comparison_gpkg(result.spec.key, self.project)
        entries, slots = [], []
        for name in result.names:
            run = result.runs[name]
            layer = run.layers.get(result.spec.result)
            if layer is not None:
                apply_style(layer, run.record or None)
                entries.append((layer, table_name(result.spec.key, "result", name), run.record))
                slots.append((run.layers, result.spec.result))
        for name in result.names[1:]:
            rasters = result.raster_deltas.get(name)
            if rasters:
                for output, layer in rasters.items():
                    entries.append((layer, table_name(result.spec.key, "change", output, name),
                                    None))
                    slots.append((rasters, output))
                continue
            layer = result.deltas.get(name)
            if layer is not None:
                entries.append((layer, table_name(result.spec.key, "change", name),
                                result.delta_records.get(name)))
                slots.append((result.deltas, name))
        try:
            saved = save_layers(entries, path, self.project)
            for (holder, key), layer in zip(slots, saved):
                holder[key] = layer
        except UrbanPlanError as exc:
            return tr("The layers stay in memory only (lost when QGIS closes): {e}").format(
                e=engine_message(exc))
        for name, rasters in result.raster_deltas.items():    # the main one, saved
            if rasters:
                result.deltas[name] = next(iter(rasters.values()))
        if self.project.fileName():
            return tr("Layers saved in {f}.").format(
                f=os.path.join(os.path.basename(os.path.dirname(path)), os.path.basename(path)))
        return tr("Layers kept in a temporary file until the project is saved, then beside "
                  "it.")

    @staticmethod
    def _style_raster_changes(result, name):
        """Blue = better, red = worse on the difference rasters of one scenario (direction,
        unit and no-change tolerance from the schema column of their cells)."""
        from ..core import schema as S
        from ..core.scenarios.lenses import RASTER_SAME
        from ..project.styles import style_difference_raster
        changes = result.raster_changes.get(name, {})
        for output, column in result.spec.raster_deltas:
            layer = result.raster_deltas.get(name, {}).get(output)
            if layer is None:
                continue
            col = S.column(result.spec.name, output, column) or S.find(column)
            unit = col.unit if col is not None else ""
            ch = changes.get(output)
            largest = None if ch is None else max(abs(ch.max_decrease), abs(ch.max_increase))
            style_difference_raster(layer, col.better if col is not None else "none", unit,
                                    RASTER_SAME.get(unit, 0.0), largest)

    def _show_sketches(self, result, shown):
        """The drawn changes of the scenario on the map (sketch layers made from the stored
        changes when the project has none yet), the other scenarios' hidden."""
        from ..project.scenario_store import create_sketch_layer, scenario_group, sketch_layer
        for name in result.names[1:]:
            if name == shown and name in self.store.sset:
                scenario = self.store.sset.get(name)
                for o in scenario.overrides:
                    if o.kind not in ("add", "remove") or not o.features:
                        continue
                    if sketch_layer(self.project, o.uid) is None:
                        try:
                            create_sketch_layer(self.project, scenario, o,
                                                target=self._role_layer(o.role))
                        except (UrbanPlanError, RuntimeError):
                            continue
            g = scenario_group(self.project, name, create=False)
            if g is not None:
                g.setItemVisibilityChecked(name == shown)
                if name == shown:
                    for node in g.findLayers():
                        node.setItemVisibilityChecked(True)

    def _project_cleared(self):
        """The project was closed (or another one opened): its comparison layers are gone, so
        is the result they belong to (the saved layers come back with the project)."""
        if self.runner is not None and self.runner.running:
            self.runner.cancel()
        self.result = None
        self.added_layer_ids = []
        # the settings shown were the closed project's: back to the analysis' defaults (the
        # next project's stored settings, e.g. its travel profile, are applied on reading)
        if self.spec() is not None:
            self._analysis_changed()
        self.resultTable.clear()
        self.resultTable.setRowCount(0)
        self.resultTable.setColumnCount(0)
        if self.figure is not None:
            self.figure.clear()
            self.canvas.draw_idle()
        for b in (self.exportTableButton, self.exportLayersButton, self.linkedViewsButton):
            b.setEnabled(False)
        self.logView.clear()
        self.progressBar.setValue(0)
        self.stepTabs.setCurrentWidget(self.setupTab)
        self.statusLabel.setText("")

    def _before_project_write(self, _doc=None):
        """The project is being written: comparison layers kept elsewhere (a temporary file,
        the folder of the project before "Save As") are copied beside it first."""
        try:
            from ..project.comparison_store import move_beside_project
            move_beside_project(self.project)
        except Exception as exc:  # noqa: BLE001 - never stop a project from being saved
            from qgis.core import Qgis, QgsMessageLog
            QgsMessageLog.logMessage(str(exc), "UrbanPlan", Qgis.MessageLevel.Warning)

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
        for sig, slot in ((self.store.changed, self.refresh),
                          (self.project.writeProject, self._before_project_write),
                          (self.project.cleared, self._project_cleared)):
            try:
                sig.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self.form.clear()


def _optional(pdef):
    from .param_form import _optional as opt
    return opt(pdef)


def _expand(node):
    """Open a Layers panel group. The panel opens a group it is told to open
    (``expandedChanged``); a group inserted already open stays closed there, so the state is
    switched off and on now and once more after the panel has taken the new rows."""
    from qgis.PyQt.QtCore import QTimer

    def toggle():
        try:
            node.setExpanded(False)
            node.setExpanded(True)
        except RuntimeError:      # the group was removed meanwhile
            pass
    toggle()
    QTimer.singleShot(0, toggle)

