"""A compact form for an algorithm's input parameters, built from its definitions.

Layer parameters get a layer combo box (filtered by geometry), field parameters a field combo
box tied to their parent layer, numbers a spin box, enums a combo box, booleans a check box,
text and files a line edit. Outputs are not shown: the compare dock writes them to memory.
Advanced parameters go into a collapsed group."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.gui import QgsCheckableComboBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..qgis_io.qgis_compat import layer_filters


def _is_advanced(pdef):
    from qgis.core import Qgis
    if hasattr(Qgis, "ProcessingParameterFlag"):
        return bool(pdef.flags() & Qgis.ProcessingParameterFlag.Advanced)
    return bool(pdef.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced)


def _layer_filter(pdef):
    """QgsMapLayerProxyModel filters for a layer parameter (QGIS >= 3.34: Qgis.LayerFilter)."""
    try:
        from qgis.core import Qgis
        F = Qgis.LayerFilter  # noqa: N806
    except AttributeError:
        from qgis.core import QgsMapLayerProxyModel
        F = QgsMapLayerProxyModel.Filter  # noqa: N806
    if isinstance(pdef, QgsProcessingParameterRasterLayer):
        return F.RasterLayer
    if isinstance(pdef, QgsProcessingParameterMapLayer):
        return F.All
    types = list(pdef.dataTypes()) if hasattr(pdef, "dataTypes") else []
    mapping = {int(QgsProcessing.SourceType.TypeVectorPoint): F.PointLayer,
               int(QgsProcessing.SourceType.TypeVectorLine): F.LineLayer,
               int(QgsProcessing.SourceType.TypeVectorPolygon): F.PolygonLayer}
    flt = None
    for t in types:
        f = mapping.get(int(t))
        if f is None:
            return F.VectorLayer
        flt = f if flt is None else flt | f
    return flt if flt is not None else F.VectorLayer


def _numeric_field_filter():
    try:
        from qgis.core import Qgis
        return Qgis.FieldFilter.Numeric
    except AttributeError:
        from qgis.core import QgsFieldProxyModel
        return QgsFieldProxyModel.Filter.Numeric


class ParamForm(QWidget):
    """Widgets for an algorithm's inputs; ``values()`` returns a Processing parameter dict."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.alg = None
        self.widgets = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._holder = None
        self._links = []

    def clear(self):
        """Remove the widgets now: disconnect the field boxes from their layer boxes and delete
        the old widgets at once (a deferred delete would leave layer boxes reacting to the
        project's layers in the meantime)."""
        for combo, slot in self._links:
            try:
                combo.layerChanged.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._links = []
        self.widgets = {}
        if self._holder is not None:
            from qgis.PyQt import sip
            self._layout.removeWidget(self._holder)
            self._holder.hide()
            if not sip.isdeleted(self._holder):
                sip.delete(self._holder)
            self._holder = None

    def build(self, alg, layers=None, values=None, hidden=()):
        """Widgets for ``alg``; ``layers`` {param: layer} and ``values`` {param: value}
        preselect; ``hidden`` parameter names are left out."""
        self.clear()
        self.alg = alg
        self.widgets = {}
        self._holder = QWidget(self)
        outer = QVBoxLayout(self._holder)
        outer.setContentsMargins(0, 0, 0, 0)
        # each label above its field, wrapped to the width of the dock (a form layout would
        # squeeze the field, or cut a wrapped label to one line)
        main = QVBoxLayout()
        main.setSpacing(2)
        outer.addLayout(main)
        adv_box = QGroupBox(tr("Advanced"), self._holder)
        adv_box.setCheckable(True)
        adv_box.setChecked(False)
        adv = QVBoxLayout(adv_box)
        adv.setSpacing(2)
        layers = layers or {}
        values = values or {}
        n_adv = 0
        for pdef in alg.parameterDefinitions():
            if pdef.isDestination() or pdef.name() in hidden:
                continue
            w = self._widget_for(pdef)
            if w is None:
                continue
            self.widgets[pdef.name()] = (pdef, w)
            label = pdef.description()
            # long Processing labels wrap in a narrow dock instead of being cut
            text = QLabel(label, self._holder)
            text.setWordWrap(True)
            text.setBuddy(w)
            box = adv if _is_advanced(pdef) else main
            if box is adv:
                n_adv += 1
            elif main.count():
                main.addSpacing(4)
            box.addWidget(text)
            box.addWidget(w)
            w.setToolTip(f"{pdef.name()}: {label}")
        # parents first, then children (field combos follow their layer)
        for name, (_pdef, w) in self.widgets.items():
            if name in layers and isinstance(w, QgsMapLayerComboBox):
                w.setLayer(layers[name])
        for _name, (pdef, w) in self.widgets.items():
            if isinstance(pdef, QgsProcessingParameterField):
                self._link_field(pdef, w)
        for name, value in values.items():
            self.set_value(name, value)
        adv_box.toggled.connect(lambda on: [adv.itemAt(i).widget().setVisible(on)
                                            for i in range(adv.count())
                                            if adv.itemAt(i).widget() is not None])
        for i in range(adv.count()):
            if adv.itemAt(i).widget() is not None:
                adv.itemAt(i).widget().setVisible(False)
        adv_box.setVisible(n_adv > 0)
        outer.addWidget(adv_box)
        self._layout.addWidget(self._holder)

    def _widget_for(self, pdef):
        default = pdef.defaultValue()
        if isinstance(pdef, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                             QgsProcessingParameterRasterLayer, QgsProcessingParameterMapLayer)):
            w = QgsMapLayerComboBox(self)
            w.setFilters(layer_filters(_layer_filter(pdef)))
            w.setAllowEmptyLayer(_optional(pdef))
            if _optional(pdef):
                w.setLayer(None)
            return w
        if isinstance(pdef, QgsProcessingParameterField):
            if pdef.allowMultiple():
                w = QgsCheckableComboBox(self)
            else:
                w = QgsFieldComboBox(self)
                w.setAllowEmptyFieldName(_optional(pdef))
                if pdef.dataType() == QgsProcessingParameterField.DataType.Numeric:
                    w.setFilters(_numeric_field_filter())
            return w
        if isinstance(pdef, QgsProcessingParameterNumber):
            w = NumberBox(self)
            w.setDecimals(0 if pdef.dataType() == QgsProcessingParameterNumber.Type.Integer else 3)
            w.setRange(pdef.minimum() if pdef.minimum() > -1e15 else -1e12,
                       pdef.maximum() if pdef.maximum() < 1e15 else 1e12)
            if default is not None:
                try:
                    w.setValue(float(default))
                except (TypeError, ValueError):
                    pass
            elif _optional(pdef):
                # an optional number without default starts empty: one step below its range,
                # shown blank, read as "not given" (a 0 would be sent as a value)
                w.setMinimum(w.minimum() - 10.0 ** -w.decimals())
                w.setSpecialValueText(" ")
                w.setValue(w.minimum())
            return w
        if isinstance(pdef, QgsProcessingParameterEnum):
            w = QComboBox(self)
            if _optional(pdef):
                w.addItem("", None)
            labels = _choice_labels(pdef)
            for i, opt in enumerate(pdef.options()):
                w.addItem(labels.get(opt, opt), opt if pdef.usesStaticStrings() else i)
                if opt in labels:
                    w.setItemData(w.count() - 1, opt, Qt.ItemDataRole.ToolTipRole)
            if default is not None:
                k = w.findData(default)
                if k >= 0:
                    w.setCurrentIndex(k)
            return w
        if isinstance(pdef, QgsProcessingParameterBoolean):
            w = QCheckBox(self)
            w.setChecked(bool(default))
            return w
        if isinstance(pdef, (QgsProcessingParameterString, QgsProcessingParameterFile)):
            w = QLineEdit(self)
            if default:
                w.setText(str(default))
            if isinstance(pdef, QgsProcessingParameterFile):
                w.setPlaceholderText(tr("path to a file (optional)"))
            return w
        return None

    def _link_field(self, pdef, w):
        parent = self.widgets.get(pdef.parentLayerParameterName())
        if parent is None:
            return
        combo = parent[1]
        update = _field_updater(pdef, w)
        combo.layerChanged.connect(update)
        self._links.append((combo, update))
        update(combo.currentLayer())

    def set_value(self, name, value):
        if name not in self.widgets:
            return False
        pdef, w = self.widgets[name]
        if isinstance(w, QgsMapLayerComboBox):
            w.setLayer(value)
        elif isinstance(w, QgsFieldComboBox):
            w.setField(value or "")
        elif isinstance(w, QgsCheckableComboBox):
            w.setCheckedItems(list(value or []))
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(value))
        elif isinstance(w, QComboBox):
            k = w.findData(value)
            if k < 0:
                k = w.findText(str(value))
            if k >= 0:
                w.setCurrentIndex(k)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
        return True

    def values(self):
        out = {}
        for name, (_pdef, w) in self.widgets.items():
            if isinstance(w, QgsMapLayerComboBox):
                v = w.currentLayer()
            elif isinstance(w, QgsFieldComboBox):
                v = w.currentField() or None
            elif isinstance(w, QgsCheckableComboBox):
                v = list(w.checkedItems())
            elif isinstance(w, QDoubleSpinBox):
                v = w.value()
                if w.specialValueText() and v == w.minimum():
                    v = None                      # an optional number left empty
            elif isinstance(w, QComboBox):
                v = w.currentData()
            elif isinstance(w, QCheckBox):
                v = w.isChecked()
            else:
                v = w.text().strip() or None
            if v is None or v == []:
                continue
            out[name] = v
        return out

    def layer_widgets(self):
        return {n: w for n, (p, w) in self.widgets.items() if isinstance(w, QgsMapLayerComboBox)}


class NumberBox(QDoubleSpinBox):
    """A number box that shows 10 as "10" and 4.8 as "4.8" (a plain spin box shows "10.000"):
    as many decimals as the value needs, up to the box's precision."""

    def textFromValue(self, value):  # noqa: N802 - Qt's name
        loc = self.locale()           # the interface's decimal point (4,8 in French)
        text = loc.toString(float(value), "f", self.decimals())
        text = text.replace(loc.groupSeparator(), "")
        point = loc.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text or "0"


def _choice_labels(pdef):
    """{id: translated label} of an UrbanPlan choice parameter (``algorithms.base.Choice``:
    the combo box shows 'Manual wheelchair users', the run gets 'wheelchair'); {} for other
    enums, whose options are their labels."""
    choice = getattr(pdef, "choice", None)
    if choice is None:
        return {}
    try:
        return {str(i): tr(label) for i, label, _value in choice.options() if label}
    except Exception:  # noqa: BLE001 - a broken preset file: the ids are shown
        return {}


def _field_updater(pdef, w):
    """A slot that refills a field box when its parent layer changes."""
    numeric = pdef.dataType() == QgsProcessingParameterField.DataType.Numeric

    def update(layer):
        if isinstance(w, QgsFieldComboBox):
            w.setLayer(layer)
            return
        checked = list(w.checkedItems())
        w.clear()
        if layer is not None:
            names = [f.name() for f in layer.fields() if not numeric or f.isNumeric()]
            w.addItems(names)
            w.setCheckedItems([n for n in checked if n in names])
    return update


def _optional(pdef):
    """Optional parameter? (QGIS >= 3.36: Qgis.ProcessingParameterFlag.Optional, the only
    spelling in QGIS 4; before: QgsProcessingParameterDefinition.Flag.FlagOptional)."""
    from qgis.core import Qgis
    if hasattr(Qgis, "ProcessingParameterFlag"):
        return bool(pdef.flags() & Qgis.ProcessingParameterFlag.Optional)
    return bool(pdef.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
