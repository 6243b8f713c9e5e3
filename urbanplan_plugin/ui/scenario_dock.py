"""The scenario dock: baseline inputs, scenarios, their changes, sketch layers to draw them in."""
import os

from qgis.core import QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAction,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidgetItem,
    QTreeWidgetItem,
)

from ..core.common.errors import UrbanPlanError
from ..core.scenarios.model import ROLES, Override
from ..i18n import tr
from ..paths import resource_path
from ..project.scenario_store import (
    create_sketch_layer,
    expand_source,
    layer_ref,
    read_scenario_file,
    remove_sketch_layers,
    rename_scenario_group,
    sketch_layer,
    sketch_layers,
    write_scenario_file,
)
from ..qgis_io.layers import engine_message
from ..qgis_io.qgis_compat import layer_filters
from .compat import load_ui

FORM, BASE = load_ui("scenario_dock")

CHANGE_MENU = (
    ("add", "facilities", "New facilities or shelters (draw points)"),
    ("remove", "facilities", "Remove facilities (draw on or around them)"),
    ("add", "parks", "New parks (draw polygons)"),
    ("remove", "parks", "Remove parks (draw on them)"),
    ("add", "streets", "New streets, paths or footbridges (draw lines)"),
    ("remove", "streets", "Close streets (draw a line across each closed block)"),
    ("add", "population", "New residents (draw points or polygons)"),
    ("add", "buildings", "New buildings (draw polygons)"),
    ("remove", "buildings", "Demolish buildings (draw on them)"),
)

KNOWN_PARAMS = ("WALK_SPEED_KMH", "THRESHOLD_MIN", "BANDS", "MAX_SNAP_M", "DISTANCE_M",
                "WATER_LEVEL_M", "RETURN_PERIOD", "PROFILE", "DRAINAGE_MM_H",
                "INFILTRATION_MM_H", "RAIN_MM")
"""Offered in the parameter-change box (any other name can be typed)."""

PROFILE_PARAM, GROUP_PROFILES_PARAM = "PROFILE", "GROUP_PROFILES"
TERRAIN_ROLE = "terrain"


def _layer_filter(role):
    try:
        from qgis.core import Qgis
        F = Qgis.LayerFilter  # noqa: N806
    except AttributeError:
        from qgis.core import QgsMapLayerProxyModel
        F = QgsMapLayerProxyModel.Filter  # noqa: N806
    allowed = ROLES[role][1]
    flt = None
    for kind in allowed:
        f = {"point": F.PointLayer, "line": F.LineLayer, "polygon": F.PolygonLayer,
             "raster": F.RasterLayer}[kind]
        flt = f if flt is None else flt | f
    return flt


class ScenarioDock(BASE, FORM):
    """Create, rename, duplicate, delete scenarios; pick the baseline; sketch changes."""

    def __init__(self, iface, store, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("UrbanPlanScenarioDock")
        self.iface = iface
        self.store = store
        self.project = store.project
        self._updating = False
        self.role_combos = {}
        for role, (label, _kinds) in ROLES.items():
            combo = QgsMapLayerComboBox(self)
            combo.setFilters(layer_filters(_layer_filter(role)))
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            combo.setObjectName(f"baseline_{role}")
            combo.layerChanged.connect(lambda layer, r=role: self._baseline_changed(r, layer))
            if role != TERRAIN_ROLE:        # the terrain model goes with who travels (below)
                self.baselineForm.addRow(tr(label), combo)
            self.role_combos[role] = combo
        self._build_travel_box()
        menu = QMenu(self)
        for kind, role, label in CHANGE_MENU:
            act = QAction(tr(label), menu)
            act.triggered.connect(lambda _=False, k=kind, r=role: self.add_change(k, r))
            menu.addAction(act)
        menu.addSeparator()
        act = QAction(tr("Replace an input with another layer…"), menu)
        act.triggered.connect(lambda _=False: self.replace_input())
        menu.addAction(act)
        self.addChangeButton.setMenu(menu)
        self.change_menu = menu
        self.paramNameCombo.addItems(KNOWN_PARAMS)
        self.paramTable.horizontalHeader().setStretchLastSection(True)

        self.newButton.clicked.connect(lambda: self.new_scenario())
        self.renameButton.clicked.connect(lambda: self.rename_scenario())
        self.duplicateButton.clicked.connect(lambda: self.duplicate_scenario())
        self.deleteButton.clicked.connect(lambda: self.delete_scenario())
        self.exampleButton.clicked.connect(lambda: self.load_example())
        self.importButton.clicked.connect(lambda: self.import_scenarios())
        self.exportButton.clicked.connect(lambda: self.export_scenarios())
        self.drawButton.clicked.connect(lambda: self.draw_change())
        self.deleteChangeButton.clicked.connect(lambda: self.delete_change())
        self.addParamButton.clicked.connect(lambda: self.add_param())
        self.removeParamButton.clicked.connect(lambda: self.remove_param())
        self.paramTable.itemChanged.connect(self._param_edited)
        self.scenarioList.currentRowChanged.connect(lambda _row: self._show_scenario())
        self.descriptionEdit.textChanged.connect(self._description_edited)
        self.changeTree.itemDoubleClicked.connect(lambda *_: self.draw_change())
        self.store.changed.connect(self.refresh)
        self.project.layersAdded.connect(self._watch_layers)
        self.refresh()

    # -- helpers ---------------------------------------------------------------------------
    @property
    def sset(self):
        return self.store.sset

    def show_message(self, text, error=False):
        colour = "#b2182b" if error else "#2166ac"
        self.messageLabel.setText(f"<span style='color:{colour}'>{text}</span>" if text else "")
        if error and self.iface is not None and hasattr(self.iface, "messageBar"):
            try:
                from qgis.core import Qgis
                self.iface.messageBar().pushMessage(tr("UrbanPlan"), text,
                                                    Qgis.MessageLevel.Warning, 8)
            except Exception:  # a stub interface may not show messages
                pass

    def _guard(self, func, *args):
        """Run an edit; a bad input becomes a message in the dock, never a crash."""
        try:
            return func(*args)
        except UrbanPlanError as exc:
            self.show_message(engine_message(exc), error=True)
            return None

    def current_scenario(self):
        item = self.scenarioList.currentItem()
        if item is None:
            return None
        name = item.data(Qt.ItemDataRole.UserRole)
        return self.sset.get(name) if name in self.sset else None

    def select_scenario(self, name):
        for i in range(self.scenarioList.count()):
            if self.scenarioList.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.scenarioList.setCurrentRow(i)
                return True
        return False

    def _save(self):
        try:
            self.store.save()
        except UrbanPlanError as exc:
            self.show_message(engine_message(exc), error=True)

    # -- refresh ---------------------------------------------------------------------------
    def refresh(self):
        self._updating = True
        try:
            if self.store.error:
                self.show_message(self.store.error, error=True)
            for role, combo in self.role_combos.items():
                ref = self.sset.baseline.get(role)
                layer = self.project.mapLayer(ref.layer_id) if ref and ref.layer_id else None
                combo.setLayer(layer)
                if ref is not None and layer is None:
                    combo.setToolTip(tr("'{n}' is no longer in the project: choose the layer "
                                        "again.").format(n=ref.describe()))
                else:
                    combo.setToolTip(self._terrain_tip if role == TERRAIN_ROLE else "")
            self._show_travel()
            current = self.current_scenario()
            name = current.name if current is not None else None
            self.scenarioList.clear()
            for s in self.sset.scenarios:
                self.scenarioList.addItem(s.name)
                item = self.scenarioList.item(self.scenarioList.count() - 1)
                item.setData(Qt.ItemDataRole.UserRole, s.name)
                item.setToolTip("\n".join([s.description] + s.summary()).strip())
            if name is None or not self.select_scenario(name):
                if self.scenarioList.count():
                    self.scenarioList.setCurrentRow(0)
        finally:
            self._updating = False
        self._show_scenario()

    def _show_scenario(self):
        s = self.current_scenario()
        was = self._updating
        self._updating = True
        try:
            enabled = s is not None
            for w in (self.renameButton, self.duplicateButton, self.deleteButton,
                      self.changesGroup, self.exportButton):
                w.setEnabled(enabled if w is not self.exportButton else len(self.sset) > 0)
            self.changeTree.clear()
            self.paramTable.setRowCount(0)
            self.descriptionEdit.setPlainText(s.description if s else "")
            if s is None:
                return
            layers = sketch_layers(self.project)
            for o in s.overrides:
                if o.kind == "replace":
                    n = o.layer.describe() if o.layer else "-"
                else:
                    lyr = layers.get(o.uid)
                    n = str(lyr.featureCount() if lyr is not None else
                            len(o.features) + len(o.fids))
                item = QTreeWidgetItem([o.label or o.kind, tr(ROLES.get(o.role, (o.role,))[0]), n])
                item.setData(0, Qt.ItemDataRole.UserRole, o.uid)
                self.changeTree.addTopLevelItem(item)
            # the change's name takes the room that is left; input and count stay whole
            header = self.changeTree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for i in (1, 2):
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
            for k, v in s.params.items():
                r = self.paramTable.rowCount()
                self.paramTable.insertRow(r)
                key = QTableWidgetItem(k)
                key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.paramTable.setItem(r, 0, key)
                self.paramTable.setItem(r, 1, QTableWidgetItem(str(v)))
        finally:
            self._updating = was

    # -- who travels ----------------------------------------------------------------------
    def _build_travel_box(self):
        """Travel profile, terrain model and profiles per group of the network analyses: kept
        with the scenarios (baseline settings PROFILE and GROUP_PROFILES, the terrain model as
        a baseline input), used by the Compare dock's runs and the scorecard."""
        from ..core.walk.profiles import DEFAULT_PROFILE, load_profiles
        box = QGroupBox(tr("Who travels (network analyses)"), self)
        box.setObjectName("travelGroup")
        form = QFormLayout(box)
        self.profileCombo = QComboBox(box)
        self.profileCombo.setObjectName("profileCombo")
        try:
            profiles = load_profiles()
        except UrbanPlanError as exc:
            profiles = {}
            self.show_message(engine_message(exc), error=True)
        for pid, prof in profiles.items():
            self.profileCombo.addItem(tr(prof.label), pid)
            self.profileCombo.setItemData(
                self.profileCombo.count() - 1,
                tr("{id}: {speed:g} km/h on flat ground").format(id=pid,
                                                                 speed=prof.flat_speed_kmh),
                Qt.ItemDataRole.ToolTipRole)
        k = self.profileCombo.findData(DEFAULT_PROFILE)
        self.profileCombo.setCurrentIndex(max(k, 0))
        self.profileCombo.currentIndexChanged.connect(lambda _i: self._profile_changed())
        form.addRow(tr("Travel profile"), self.profileCombo)
        terrain = self.role_combos[TERRAIN_ROLE]
        self._terrain_tip = tr("Optional: heights in metres. Slopes then change the travel "
                               "time (uphill slower), and a wheelchair cannot pass streets "
                               "steeper than 1:12.")
        terrain.setToolTip(self._terrain_tip)
        form.addRow(tr("Terrain model (DEM, optional)"), terrain)
        self.groupProfilesEdit = QLineEdit(box)
        self.groupProfilesEdit.setObjectName("groupProfilesEdit")
        self.groupProfilesEdit.setPlaceholderText("pop_65plus=older_adult; pop_0_14=child")
        self.groupProfilesEdit.setToolTip(tr(
            "A travel profile per population group field: each group's access is computed with "
            "its own profile (15-minute city), and the report shows the groups side by side. "
            "Profiles: {ids}.").format(ids=", ".join(profiles)))
        self.groupProfilesEdit.editingFinished.connect(self._group_profiles_changed)
        form.addRow(tr("Profile per group"), self.groupProfilesEdit)
        note = QLabel(tr("Used by every run of the Compare dock and by the scorecard, and saved "
                         "with the project. A scenario can change PROFILE in its parameter "
                         "changes."), box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555")
        form.addRow(note)
        self.mainLayout.insertWidget(self.mainLayout.indexOf(self.baselineGroup) + 1, box)
        self.travelGroup = box

    def _show_travel(self):
        from ..core.walk.profiles import DEFAULT_PROFILE
        params = self.sset.baseline_params
        k = self.profileCombo.findData(str(params.get(PROFILE_PARAM) or DEFAULT_PROFILE))
        self.profileCombo.setCurrentIndex(max(k, 0))
        self.groupProfilesEdit.setText(str(params.get(GROUP_PROFILES_PARAM) or ""))

    def _profile_changed(self):
        if self._updating:
            return
        pid = self.profileCombo.currentData()
        if pid is None or self.sset.baseline_params.get(PROFILE_PARAM) == pid:
            return
        self.sset.baseline_params[PROFILE_PARAM] = pid
        self._save()

    def _group_profiles_changed(self):
        if self._updating:
            return
        from ..core.walk.profiles import normalise_group_profiles
        try:
            text = normalise_group_profiles(self.groupProfilesEdit.text())
        except UrbanPlanError as exc:
            self.show_message(engine_message(exc), error=True)
            return
        if self.groupProfilesEdit.text() != text:
            self.groupProfilesEdit.setText(text)
        if str(self.sset.baseline_params.get(GROUP_PROFILES_PARAM) or "") == text:
            return
        self.sset.baseline_params[GROUP_PROFILES_PARAM] = text
        self.show_message("")
        self._save()

    def set_travel(self, profile=None, terrain=False, group_profiles=None):
        """Programmatic equivalent of the Who travels box (``terrain``: a raster layer, None
        for none; False leaves it)."""
        if profile is not None:
            k = self.profileCombo.findData(profile)
            if k < 0:
                raise UrbanPlanError("Unknown travel profile '{pid}'. Known: {known}.",
                                     pid=profile, known=", ".join(
                                         str(self.profileCombo.itemData(i))
                                         for i in range(self.profileCombo.count())))
            self.profileCombo.setCurrentIndex(k)
        if terrain is not False:
            self.set_baseline_layer(TERRAIN_ROLE, terrain)
        if group_profiles is not None:
            self.groupProfilesEdit.setText(group_profiles)
            self._group_profiles_changed()

    def _watch_layers(self, layers):
        for layer in layers:
            if layer.customProperty("urbanplan/sketch") and isinstance(layer, QgsVectorLayer):
                self._watch(layer)

    def _watch(self, layer):
        if getattr(layer, "_urbanplan_watched", False):
            return
        layer._urbanplan_watched = True
        for sig in (layer.featureAdded, layer.featureDeleted, layer.editingStopped):
            sig.connect(lambda *_: self._sketch_edited())

    def _sketch_edited(self):
        self.store.sync()
        self._show_scenario()

    # -- baseline --------------------------------------------------------------------------
    def _baseline_changed(self, role, layer):
        if self._updating:
            return
        if layer is None:
            self.sset.set_baseline(role, None)
        else:
            if layer.customProperty("urbanplan/sketch"):
                self.show_message(tr("'{n}' is a sketch layer of a scenario; choose a baseline "
                                     "layer.").format(n=layer.name()), error=True)
                return
            self.sset.set_baseline(role, layer_ref(layer))
        self._save()

    def set_baseline_layer(self, role, layer):
        """Programmatic equivalent of choosing a layer in a baseline combo."""
        self.role_combos[role].setLayer(layer)
        current = self.sset.baseline.get(role)
        if current is None or (layer is not None and current.layer_id != layer.id()):
            self._baseline_changed(role, layer)

    # -- scenarios -------------------------------------------------------------------------
    def new_scenario(self, name=None):
        if name is None:
            name, ok = QInputDialog.getText(self, tr("New scenario"), tr("Name of the scenario:"),
                                            text=self.sset.unique_name(tr("Scenario")))
            if not ok:
                return None
        s = self._guard(self.sset.create, name)
        if s is None:
            return None
        self._save()
        self.select_scenario(s.name)
        self.show_message(tr("Scenario '{n}' created. Add changes with 'Add change'.").format(
            n=s.name))
        return s

    def rename_scenario(self, new=None):
        s = self.current_scenario()
        if s is None:
            return None
        if new is None:
            new, ok = QInputDialog.getText(self, tr("Rename scenario"), tr("New name:"),
                                           text=s.name)
            if not ok:
                return None
        old = s.name
        if self._guard(self.sset.rename, old, new) is None:
            return None
        rename_scenario_group(self.project, old, s.name)
        self._save()
        self.select_scenario(s.name)
        return s

    def duplicate_scenario(self, new=None):
        s = self.current_scenario()
        if s is None:
            return None
        self.store.sync()
        dup = self._guard(self.sset.duplicate, s.name, new)
        if dup is None:
            return None
        self._save()
        self.select_scenario(dup.name)
        return dup

    def delete_scenario(self, confirm=True):
        s = self.current_scenario()
        if s is None:
            return False
        if confirm and QMessageBox.question(
                self, tr("Delete scenario"),
                tr("Delete scenario '{n}' and its sketch layers? The baseline is not "
                   "affected.").format(n=s.name)) != QMessageBox.StandardButton.Yes:
            return False
        remove_sketch_layers(self.project, s)
        self.sset.remove(s.name)
        self._save()
        return True

    def _description_edited(self):
        if self._updating:
            return
        s = self.current_scenario()
        if s is not None:
            s.description = self.descriptionEdit.toPlainText()
            self.store.sync()
            from ..project.scenario_store import write_scenarios
            if not self.store.error:
                write_scenarios(self.sset, self.project)

    # -- changes ---------------------------------------------------------------------------
    def _target(self, role):
        ref = self.sset.baseline.get(role)
        if ref is None:
            return None
        layer = self.project.mapLayer(ref.layer_id)
        return layer

    def add_change(self, kind, role, draw=True):
        s = self.current_scenario()
        if s is None:
            self.show_message(tr("Create or select a scenario first."), error=True)
            return None
        target = self._target(role)
        if target is None and role != "streets":
            self.show_message(tr("Choose the baseline layer for '{r}' first (Baseline inputs), "
                                 "so new features get its fields.").format(
                r=tr(ROLES[role][0])), error=True)
            return None
        if role == "streets" and target is None:
            self.show_message(tr("Choose the baseline streets layer first (Baseline inputs)."),
                              error=True)
            return None
        o = self.store.new_override(s, kind, role, target=target)
        layer = create_sketch_layer(self.project, s, o, target=target)
        self._watch(layer)
        self._save()
        self._select_change(o.uid)
        if draw:
            self.draw_change()
        if kind == "remove" and role == "streets":
            self.show_message(tr("Draw a short line across each street block you close (or "
                                 "along it). Side streets touched only at a junction stay open."))
        elif kind == "add" and role == "streets":
            self.show_message(tr("Draw the new lines with snapping on: a line connects to a "
                                 "street where one of its vertices lies on it (within 1 m)."))
        return o

    def replace_input(self, role=None, layer=None):
        s = self.current_scenario()
        if s is None:
            self.show_message(tr("Create or select a scenario first."), error=True)
            return None
        if role is None:
            labels = [tr(ROLES[r][0]) for r in ROLES]
            label, ok = QInputDialog.getItem(self, tr("Replace an input"),
                                             tr("Which baseline input does the scenario "
                                                "replace?"), labels, 0, False)
            if not ok:
                return None
            role = list(ROLES)[labels.index(label)]
        if layer is None:
            names = [lyr.name() for lyr in self.project.mapLayers().values()
                     if not lyr.customProperty("urbanplan/sketch")]
            name, ok = QInputDialog.getItem(self, tr("Replace an input"),
                                            tr("Layer to use instead:"), sorted(names), 0, False)
            if not ok:
                return None
            layer = next(lyr for lyr in self.project.mapLayers().values() if lyr.name() == name)
        o = Override("replace", role, label=tr("{r} replaced by {n}").format(
            r=tr(ROLES[role][0]), n=layer.name()), layer=layer_ref(layer))
        s.overrides.append(o)
        self._save()
        return o

    def current_change(self):
        s = self.current_scenario()
        item = self.changeTree.currentItem()
        if s is None or item is None:
            return s, None
        return s, s.override(item.data(0, Qt.ItemDataRole.UserRole))

    def _select_change(self, uid):
        for i in range(self.changeTree.topLevelItemCount()):
            item = self.changeTree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == uid:
                self.changeTree.setCurrentItem(item)
                return True
        return False

    def draw_change(self):
        """Show the selected change's sketch layer, make it active and editable."""
        s, o = self.current_change()
        if o is None:
            self.show_message(tr("Select a change to draw in."), error=True)
            return None
        if o.kind == "replace":
            self.show_message(tr("A replaced input has nothing to draw."), error=True)
            return None
        layer = sketch_layer(self.project, o.uid)
        if layer is None:
            layer = create_sketch_layer(self.project, s, o, target=self._target(o.role))
            self._watch(layer)
        node = self.project.layerTreeRoot().findLayer(layer.id())
        if node is not None:
            node.setItemVisibilityCheckedParentRecursive(True)
        if not layer.isEditable():
            layer.startEditing()
        if self.iface is not None:
            try:
                self.iface.setActiveLayer(layer)
                action = self.iface.actionAddFeature() if hasattr(self.iface,
                                                                  "actionAddFeature") else None
                if action is not None:
                    action.trigger()
            except (AttributeError, RuntimeError):
                pass
        return layer

    def delete_change(self):
        s, o = self.current_change()
        if o is None:
            return False
        layer = sketch_layer(self.project, o.uid)
        if layer is not None:
            if layer.isEditable():
                layer.rollBack()
            self.project.removeMapLayer(layer.id())
        s.overrides.remove(o)
        self._save()
        return True

    # -- parameters ------------------------------------------------------------------------
    def add_param(self, name=None, value=None):
        s = self.current_scenario()
        if s is None:
            return False
        name = (name or self.paramNameCombo.currentText()).strip().upper()
        if not name:
            return False
        if value is None:
            value = s.params.get(name, "")
        s.params[name] = _parse_value(value)
        self._save()
        return True

    def remove_param(self):
        s = self.current_scenario()
        row = self.paramTable.currentRow()
        if s is None or row < 0:
            return False
        s.params.pop(self.paramTable.item(row, 0).text(), None)
        self._save()
        return True

    def _param_edited(self, item):
        if self._updating or item.column() != 1:
            return
        s = self.current_scenario()
        if s is None:
            return
        key = self.paramTable.item(item.row(), 0).text()
        s.params[key] = _parse_value(item.text())
        from ..project.scenario_store import write_scenarios
        if not self.store.error:
            write_scenarios(self.sset, self.project)

    # -- files -----------------------------------------------------------------------------
    def example_files(self):
        folder = resource_path("examples")
        if not os.path.isdir(folder):
            return []
        return sorted(os.path.join(folder, f) for f in os.listdir(folder)
                      if f.endswith(".json"))

    def load_example(self, path=None):
        if path is None:
            files = self.example_files()
            if not files:
                self.show_message(tr("No example scenario files are installed."), error=True)
                return None
            if len(files) == 1:
                path = files[0]
            else:
                names = [os.path.basename(f) for f in files]
                name, ok = QInputDialog.getItem(self, tr("Load example"), tr("Example:"), names,
                                                0, False)
                if not ok:
                    return None
                path = files[names.index(name)]
        return self.import_scenarios(path, example=True)

    def import_scenarios(self, path=None, example=False):
        """Add the scenarios of a JSON file (and, for shipped examples, their baseline layers)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Import scenarios"), "",
                                                  tr("Scenario files (*.json)"))
            if not path:
                return None
        try:
            other = read_scenario_file(path)
        except UrbanPlanError as exc:
            self.show_message(tr("Could not read {f}: {e}").format(
                f=os.path.basename(path), e=engine_message(exc)), error=True)
            return None
        added_layers = []
        for role, ref in other.baseline.items():
            if self.sset.baseline.get(role) is not None and not example:
                continue
            layer = self._find_or_load(ref, os.path.dirname(path))
            if layer is None:
                self.show_message(tr("The example's layer '{n}' could not be found or opened.")
                                  .format(n=ref.describe()), error=True)
                continue
            if layer not in added_layers:
                added_layers.append(layer)
            self.sset.set_baseline(role, layer_ref(layer))
        for k, v in other.baseline_params.items():
            self.sset.baseline_params[k] = v
        if other.notes and not self.sset.notes:
            self.sset.notes = other.notes
        names = []
        for s in other.scenarios:
            s.name = self.sset.unique_name(s.name)
            for o in s.overrides:
                o.uid = ""
                o.__post_init__()
            self.sset.add(s)
            names.append(s.name)
            for o in s.overrides:
                if o.kind in ("add", "remove"):
                    layer = create_sketch_layer(self.project, s, o, target=self._target(o.role))
                    self._watch(layer)
        self._save()
        if names:
            self.select_scenario(names[0])
        self.show_message(tr("Loaded {n} scenario(s): {names}.").format(
            n=len(names), names=", ".join(names)) + (" " + other.notes if other.notes else ""))
        if added_layers and self.iface is not None and hasattr(self.iface, "mapCanvas"):
            try:
                from qgis.core import QgsCoordinateTransform
                canvas = self.iface.mapCanvas()
                lyr = added_layers[0]
                ext = lyr.extent()
                dest = canvas.mapSettings().destinationCrs()
                if dest.isValid() and lyr.crs().isValid() and dest != lyr.crs():
                    ext = QgsCoordinateTransform(lyr.crs(), dest,
                                                 self.project).transformBoundingBox(ext)
                canvas.setExtent(ext)
                canvas.refresh()
            except (AttributeError, RuntimeError):
                pass
        return names

    def _find_or_load(self, ref, folder):
        """The layer of a scenario file's reference: already in the project, or opened from
        its file (a relative path is read from the scenario file's folder)."""
        source = expand_source(ref.source, base_dir=folder)
        for lyr in self.project.mapLayers().values():
            if lyr.source() == source:
                return lyr
        if ref.geometry == "raster":
            layer = QgsRasterLayer(source, ref.name or os.path.basename(source))
        else:
            layer = QgsVectorLayer(source, ref.name or os.path.basename(source), "ogr")
        if not layer.isValid():
            return None
        self.project.addMapLayer(layer)
        return layer

    def export_scenarios(self, path=None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export scenarios"), "scenarios.json",
                                                  tr("Scenario files (*.json)"))
            if not path:
                return None
        self.store.sync()
        try:
            write_scenario_file(self.sset, path)
        except OSError as exc:
            self.show_message(tr("Could not write {f}: {e}").format(f=path, e=exc), error=True)
            return None
        self.show_message(tr("Scenarios written to {f} (layer paths relative to its folder)."
                             ).format(f=path))
        return path

    def cleanup(self):
        """Disconnect from the project (called by the plugin's unload)."""
        self._updating = True            # the layer boxes may still react until deleted
        for combo in self.role_combos.values():
            combo.blockSignals(True)
        for sig, slot in ((self.store.changed, self.refresh),
                          (self.project.layersAdded, self._watch_layers)):
            try:
                sig.disconnect(slot)
            except (TypeError, RuntimeError):
                pass


def _parse_value(v):
    if isinstance(v, (int, float, bool)):
        return v
    text = str(v).strip()
    try:
        f = float(text)
        return int(f) if f.is_integer() and "." not in text else f
    except ValueError:
        return text

