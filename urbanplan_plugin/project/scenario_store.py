"""Scenarios kept in the QGIS project, and the sketch layers a planner draws them in.

The scenario set is stored as JSON in the project (``QgsProject.writeEntry("UrbanPlan",
"scenarios", ...)``), so it travels inside the ``.qgs``/``.qgz`` file.

Sketches (new parks, shelters, footpaths, closed streets) are drawn in memory layers, one per
change, grouped per scenario in the Layers panel. QGIS saves memory layers *without* their
features, so the features are copied into the scenario JSON (as WKT plus attributes) whenever the
project is written; when the project is read again, the restored, empty memory layers are
refilled from it. The JSON is the truth: removing a sketch layer from the Layers panel keeps the
change (delete the change in the Scenario dock), and the sketch layer can be opened again.
"""
import json

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.common.errors import UrbanPlanError
from ..core.scenarios.model import ROLES, LayerRef, Override, ScenarioSet
from ..i18n import tr
from ..qgis_io.layers import _value, engine_message

ENTRY_SCOPE = "UrbanPlan"
ENTRY_KEY = "scenarios"
SKETCH_PROPERTY = "urbanplan/sketch"
"""Custom layer property holding the uid of the scenario change a sketch layer belongs to."""
GROUP_PROPERTY = "urbanplan/scenario_group"


# ------------------------------------------------------------------------------------------
# the scenario set in the project
# ------------------------------------------------------------------------------------------

def read_scenarios(project=None):
    """The project's ScenarioSet (empty when it has none). Bad data raises UrbanPlanError.
    Relative layer paths in it are read from the project's folder."""
    project = project or QgsProject.instance()
    text, ok = project.readEntry(ENTRY_SCOPE, ENTRY_KEY, "")
    sset = ScenarioSet.from_json(text) if ok and text else ScenarioSet()
    folder = project.absolutePath() if project.fileName() else ""
    return with_origin(sset, folder or None, None)


def with_origin(sset, folder, path):
    """Note where a scenario set was read from (not saved with it): ``base_dir`` is the
    folder its relative layer paths are read from, ``source_file`` the scenario file (None
    for a project's scenarios)."""
    sset.base_dir = folder
    sset.source_file = path
    return sset


def read_scenario_file(path):
    """A scenario file (JSON, as the Scenario dock exports it). Its relative layer paths are
    read from the file's folder, whatever the current working directory."""
    import os
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise UrbanPlanError("The scenario file {path} could not be read: {exc}. Check the "
                             "path (with qgis_process: SCENARIO_FILE=path/to/scenarios.json).",
                             path=path, exc=exc) from None
    path = os.path.abspath(path)
    return with_origin(ScenarioSet.from_json(text), os.path.dirname(path), path)


def write_scenario_file(sset, path):
    """Write ``sset`` to a scenario file, layer paths relative to the file's folder (so the
    folder can be moved or shared with its data); ``{data}`` sources of shipped examples stay
    as they are. The set in memory is not changed. Returns the path."""
    import os
    folder = os.path.dirname(os.path.abspath(path))
    data = sset.to_dict()

    def relative(ref):
        if not ref or ref.get("provider") not in ("ogr", "gdal", ""):
            return ref
        source = str(ref.get("source") or "")
        file_part, sep, rest = source.partition("|")
        if not file_part or "{" in file_part or not os.path.isabs(file_part):
            return ref
        try:
            rel = os.path.relpath(file_part, folder)
        except ValueError:        # another drive (Windows): keep the absolute path
            return ref
        return dict(ref, source=rel.replace(os.sep, "/") + sep + rest)

    data["baseline"] = {r: relative(ref) for r, ref in data["baseline"].items()}
    for scn in data["scenarios"]:
        for o in scn["overrides"]:
            if o.get("layer"):
                o["layer"] = relative(o["layer"])
    import json
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, indent=1, ensure_ascii=False))
    return path


def write_scenarios(sset, project=None):
    """Store the set in the project (marks the project as changed)."""
    project = project or QgsProject.instance()
    project.writeEntry(ENTRY_SCOPE, ENTRY_KEY, sset.to_json())


def geometry_kind(layer):
    """point / line / polygon / table for vector layers, raster for rasters."""
    if layer is None:
        return ""
    if layer.type() == QgsMapLayer.LayerType.RasterLayer:
        return "raster"
    if layer.type() != QgsMapLayer.LayerType.VectorLayer:
        return "other"
    gt = QgsWkbTypes.geometryType(layer.wkbType())
    return {QgsWkbTypes.GeometryType.PointGeometry: "point",
            QgsWkbTypes.GeometryType.LineGeometry: "line",
            QgsWkbTypes.GeometryType.PolygonGeometry: "polygon"}.get(gt, "table")


def layer_ref(layer):
    """A LayerRef to a QGIS layer (id, name, source, provider, geometry kind, CRS)."""
    return LayerRef(layer_id=layer.id(), name=layer.name(), source=layer.source(),
                    provider=layer.providerType(), geometry=geometry_kind(layer),
                    crs=layer.crs().authid() or layer.crs().toWkt())


def resolve_layer(ref, project=None, what=None, data_dir=None, base_dir=None, fix=None):
    """The layer a LayerRef points to: by id, else by source, else by a unique name, else (for
    a file source, e.g. in a shipped example or a scenario file) loaded from the file; a
    relative path is read from ``base_dir`` (the scenario file's or the project's folder),
    never from the current working directory. Raises UrbanPlanError naming the layer and
    saying how to fix it: ``fix`` is that advice (default: the Scenario dock's)."""
    import os
    project = project or QgsProject.instance()
    what = what or tr("input")
    if ref is None:
        raise UrbanPlanError(fix_message(tr("No layer is set for the {what}.").format(
            what=what), fix, dock=tr("Choose one in the Scenario dock under 'Baseline "
                                     "inputs'.")))
    layer = project.mapLayer(ref.layer_id) if ref.layer_id else None
    if layer is not None and layer.isValid():
        return layer
    source = expand_source(ref.source, data_dir, base_dir)
    layers = list(project.mapLayers().values())
    if source:
        same = [lyr for lyr in layers if lyr.isValid() and (
            lyr.source() == source or lyr.source() == ref.source)]
        if same:
            return same[0]
    if ref.name:
        named = [lyr for lyr in layers if lyr.name() == ref.name and lyr.isValid()]
        if len(named) == 1:
            return named[0]
    path = _file_part(source) if source else ""
    if path and ref.provider in ("ogr", "gdal", ""):
        if os.path.exists(path):
            if ref.geometry == "raster" or ref.provider == "gdal":
                from qgis.core import QgsRasterLayer
                layer = QgsRasterLayer(source, ref.name or os.path.basename(path), "gdal")
            else:
                layer = QgsVectorLayer(source, ref.name or os.path.basename(path), "ogr")
            if layer.isValid():
                return layer
        if base_dir and not os.path.isabs(_file_part(ref.source) or "/"):
            problem = tr("The {what} layer '{name}' is not found: {path} does not exist (a "
                         "relative path is read from the folder of the scenarios, {folder})."
                         ).format(what=what, name=ref.describe(), path=path, folder=base_dir)
        else:
            problem = tr("The {what} layer '{name}' is not found: {path} does not exist."
                         ).format(what=what, name=ref.describe(), path=path)
        raise UrbanPlanError(fix_message(problem, fix, dock=tr(
            "Choose the layer again in the Scenario dock under 'Baseline inputs'.")))
    raise UrbanPlanError(fix_message(tr(
        "The {what} layer '{name}' is no longer in the project (was it removed or renamed, or "
        "its file moved?).").format(what=what, name=ref.describe()), fix, dock=tr(
        "Choose the layer again in the Scenario dock under 'Baseline inputs'.")))


def fix_message(problem, fix, dock):
    """``problem`` followed by how to fix it: ``fix`` when given (e.g. the scorecard's
    parameters), else ``dock`` (the Scenario dock's way)."""
    return f"{problem} {fix or dock}"


def _file_part(source):
    return str(source).split("|")[0]


def expand_source(source, data_dir=None, base_dir=None):
    """A stored layer source made usable: ``{data}`` (a shipped example) becomes the sample
    data folder, ``{here}`` and a relative file path are read from ``base_dir`` (the folder of
    the scenario file or project; left as they are without one)."""
    import os
    if not source:
        return source
    source = str(source)
    if "{data}" in source:
        if data_dir is None:
            from ..paths import resource_path
            data_dir = resource_path("data")
        source = source.replace("{data}", str(data_dir))
    if "{here}" in source and base_dir:
        source = source.replace("{here}", str(base_dir))
    file_part, sep, rest = source.partition("|")
    if base_dir and file_part and not os.path.isabs(file_part) and "{" not in file_part \
            and ":" not in file_part.split("/")[0][1:] and "=" not in file_part:
        source = os.path.normpath(os.path.join(str(base_dir), file_part)) + sep + rest
    return source


# ------------------------------------------------------------------------------------------
# sketch layers
# ------------------------------------------------------------------------------------------

def default_label(kind, role):
    """A readable name for a new change (translated)."""
    labels = {
        ("add", "streets"): tr("New streets and footbridges"),
        ("remove", "streets"): tr("Closed streets"),
        ("add", "facilities"): tr("New facilities"),
        ("remove", "facilities"): tr("Removed facilities"),
        ("add", "parks"): tr("New parks"),
        ("remove", "parks"): tr("Removed parks"),
        ("add", "population"): tr("New residents"),
        ("remove", "population"): tr("Removed residents"),
        ("add", "buildings"): tr("New buildings"),
        ("remove", "buildings"): tr("Demolished buildings"),
        ("add", "hazard"): tr("Added flood areas"),
        ("remove", "hazard"): tr("Protected areas"),
    }
    return labels.get((kind, role), f"{kind} {role}")


def default_geometry(kind, role, target=None):
    """The geometry a sketch of this change is drawn with."""
    if kind == "remove" and role == "streets":
        return "line"          # closure lines drawn across or along streets
    if target is not None and geometry_kind(target) in ("point", "line", "polygon"):
        return geometry_kind(target)
    allowed = ROLES.get(role, ("", ("point",)))[1]
    return next((g for g in allowed if g in ("point", "line", "polygon")), "point")


def sketch_layer(project, uid):
    for lyr in project.mapLayers().values():
        if lyr.customProperty(SKETCH_PROPERTY) == uid:
            return lyr
    return None


def sketch_layers(project=None):
    """{override uid: layer} of all sketch layers in the project."""
    project = project or QgsProject.instance()
    out = {}
    for lyr in project.mapLayers().values():
        uid = lyr.customProperty(SKETCH_PROPERTY)
        if uid:
            out[str(uid)] = lyr
    return out


def _fields_for(override, target):
    from qgis.core import QgsFields

    from ..qgis_io.qgis_compat import make_field
    fields = QgsFields()
    if override.kind == "add" and target is not None and \
            target.type() == QgsMapLayer.LayerType.VectorLayer:
        for f in target.fields():
            if f.name().lower() == "fid":
                continue
            fields.append(f)
    if fields.count() == 0:
        fields.append(make_field("note", "string", 254))
    return fields


def create_sketch_layer(project, scenario, override, target=None, crs=None):
    """A memory layer to draw ``override`` in, added to the scenario's group, with its stored
    features. The layer's fields copy the target layer's (for additions) so new features carry
    the same attributes (a facility's category, a park's name)."""
    project = project or QgsProject.instance()
    existing = sketch_layer(project, override.uid)
    if existing is not None:
        return existing
    geom = override.geometry or default_geometry(override.kind, override.role, target)
    override.geometry = geom
    if crs is None or not crs.isValid():
        crs = QgsCoordinateReferenceSystem(override.crs) if override.crs else None
    if crs is None or not crs.isValid():
        crs = target.crs() if target is not None and target.crs().isValid() else project.crs()
    if not override.crs:
        override.crs = crs.authid() or crs.toWkt()
    wkb = {"point": "Point", "line": "LineString", "polygon": "Polygon"}.get(geom, "Point")
    layer = QgsVectorLayer(f"{wkb}?crs={crs.authid() or 'EPSG:4326'}&index=yes",
                           override.label or default_label(override.kind, override.role),
                           "memory")
    if not crs.authid():
        layer.setCrs(crs)
    fields = _fields_for(override, target)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    layer.setCustomProperty(SKETCH_PROPERTY, override.uid)
    fill_sketch_layer(layer, override)
    style_sketch_layer(layer, override)
    project.addMapLayer(layer, False)
    group = scenario_group(project, scenario.name)
    group.insertLayer(0, layer)
    return layer


def fill_sketch_layer(layer, override):
    """Put the override's stored features into an empty sketch layer (no-op when not empty)."""
    if layer.featureCount() > 0 or not override.features:
        return 0
    src = QgsCoordinateReferenceSystem(override.crs) if override.crs else layer.crs()
    xform = None
    if src.isValid() and src != layer.crs():
        xform = QgsCoordinateTransform(src, layer.crs(), QgsProject.instance())
    feats = []
    names = layer.fields().names()
    for spec in override.features:
        f = QgsFeature(layer.fields())
        g = QgsGeometry.fromWkt(spec["wkt"])
        if xform is not None and not g.isNull():
            g.transform(xform)
        f.setGeometry(g)
        for k, v in (spec.get("attrs") or {}).items():
            if k in names:
                f[k] = v
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return len(feats)


def features_from_layer(layer):
    """[{"wkt", "attrs"}] of a layer's current features (edit buffer included)."""
    out = []
    names = layer.fields().names()
    for f in layer.getFeatures():
        g = f.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        attrs = {}
        for n in names:
            v = _json_value(_value(f[n]))
            if v is not None:
                attrs[n] = v
        out.append({"wkt": g.asWkt(), "attrs": attrs})
    return out


def _json_value(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if hasattr(v, "toString"):
        try:
            return v.toString(1) if v.__class__.__name__ in ("QDate", "QDateTime", "QTime") \
                else v.toString()
        except TypeError:
            return v.toString()
    try:
        json.dumps(v)
        return v
    except TypeError:
        return str(v)


def sync_sketches(sset, project=None):
    """Copy every sketch layer's features into its change. Returns True when something changed."""
    project = project or QgsProject.instance()
    changed = False
    for uid, layer in sketch_layers(project).items():
        _scn, override = sset.find_override(uid)
        if override is None or not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            continue
        feats = features_from_layer(layer)
        crs = layer.crs().authid() or layer.crs().toWkt()
        if feats != override.features or crs != override.crs:
            override.features = feats
            override.crs = crs
            changed = True
    return changed


def restore_sketches(sset, project=None):
    """After a project is read: refill the (empty) restored sketch layers from the scenarios."""
    project = project or QgsProject.instance()
    n = 0
    for uid, layer in sketch_layers(project).items():
        _scn, override = sset.find_override(uid)
        if override is not None and isinstance(layer, QgsVectorLayer):
            n += fill_sketch_layer(layer, override)
    return n


def scenario_group(project, name, create=True):
    """The Layers panel group of a scenario's sketch layers ('Scenario: <name>')."""
    root = project.layerTreeRoot()
    for g in root.findGroups():
        if g.customProperty(GROUP_PROPERTY) == name:
            return g
    if not create:
        return None
    g = root.insertGroup(0, tr("Scenario: {name}").format(name=name))
    g.setCustomProperty(GROUP_PROPERTY, name)
    return g


def rename_scenario_group(project, old, new):
    g = scenario_group(project, old, create=False)
    if g is not None:
        g.setName(tr("Scenario: {name}").format(name=new))
        g.setCustomProperty(GROUP_PROPERTY, new)


def remove_sketch_layers(project, scenario):
    """Remove a scenario's sketch layers and group (the stored changes are untouched)."""
    ids = [lyr.id() for uid, lyr in sketch_layers(project).items() if scenario.override(uid)]
    if ids:
        project.removeMapLayers(ids)
    g = scenario_group(project, scenario.name, create=False)
    if g is not None and g.parent() is not None:
        g.parent().removeChildNode(g)


def style_sketch_layer(layer, override):
    """Additions drawn in bold blue, removals in red (closures as red dashes, crosses on points)."""
    from qgis.core import (
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsSingleSymbolRenderer,
    )
    add = override.kind == "add"
    colour = "31,120,180" if add else "227,26,28"
    geom = override.geometry
    if geom == "point":
        sym = QgsMarkerSymbol.createSimple({"name": "star" if add else "cross2", "color": colour,
                                            "outline_color": "255,255,255" if add else colour,
                                            "size": "5"})
    elif geom == "line":
        sym = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "1.2",
                                          "line_style": "solid" if add else "dash"})
    else:
        sym = QgsFillSymbol.createSimple({"color": colour + ",90", "outline_color": colour,
                                          "outline_width": "0.8",
                                          "style": "solid" if add else "b_diagonal"})
    layer.setRenderer(QgsSingleSymbolRenderer(sym))


# ------------------------------------------------------------------------------------------
# the live store a dock uses
# ------------------------------------------------------------------------------------------

class ScenarioStore(QObject):
    """The current project's scenarios, kept in step with the project file.

    Emits ``changed`` when the set is replaced (project read or cleared) or edited through the
    store. ``error`` holds the message when the project's scenario data could not be read (the
    data is then left in the project untouched, and the store refuses to overwrite it)."""

    changed = pyqtSignal()

    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.error = ""
        self.sset = ScenarioSet()
        self._load()
        self.project.writeProject.connect(self._on_write)
        self.project.readProject.connect(self._on_read)
        self.project.cleared.connect(self._on_cleared)

    def close(self):
        for sig, slot in ((self.project.writeProject, self._on_write),
                          (self.project.readProject, self._on_read),
                          (self.project.cleared, self._on_cleared)):
            try:
                sig.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _load(self):
        try:
            self.sset = read_scenarios(self.project)
            self.error = ""
        except UrbanPlanError as exc:
            self.sset = ScenarioSet()
            self.error = engine_message(exc)

    def save(self):
        """Sketches -> scenarios -> project entry."""
        if self.error:
            raise UrbanPlanError(self.error)
        sync_sketches(self.sset, self.project)
        write_scenarios(self.sset, self.project)
        self.changed.emit()

    def sync(self):
        """Copy the sketch layers' features into the scenarios; store when they changed."""
        if not self.error and sync_sketches(self.sset, self.project):
            write_scenarios(self.sset, self.project)

    def _on_write(self, _doc=None):
        if not self.error:
            sync_sketches(self.sset, self.project)
            write_scenarios(self.sset, self.project)

    def _on_read(self, _doc=None):
        self._load()
        if not self.error:
            restore_sketches(self.sset, self.project)
        self.changed.emit()

    def _on_cleared(self):
        self.sset = ScenarioSet()
        self.error = ""
        self.changed.emit()

    # convenience for the dock
    def new_override(self, scenario, kind, role, target=None, label=None):
        o = Override(kind=kind, role=role, label=label or default_label(kind, role),
                     geometry=default_geometry(kind, role, target))
        scenario.overrides.append(o)
        return o
