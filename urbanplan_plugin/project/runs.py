"""What each UrbanPlan algorithm run was given, remembered so a report can say how a result was
made, and the hook that styles every output layer Processing loads into the project.

``UrbanPlanAlgorithm`` (algorithms/base.py) calls :func:`remember_parameters` from
``prepareAlgorithm`` and :func:`after_run` from ``postProcessAlgorithm``; no algorithm module
does anything for it. A run record is plain JSON-able data::

    {"algorithm": "fifteenminutecity", "algorithm_id": "urbanplan:fifteenminutecity",
     "display_name": ..., "output": "OUTPUT", "parameters": {name: value},
     "defaults": {name: default}, "time": "2025-..", "qgis": "3.22.16", "plugin": "0.1.0"}

It is kept (1) in memory, keyed by every output's file or layer id (for reports made in the same
session, the demo and the tests), and (2) as the custom property ``urbanplan/run`` of each output
layer Processing loads into the project, so it travels inside the saved ``.qgz``.

Nothing here may ever make an algorithm fail: every step is guarded.
"""
import datetime
import json
import os
import re
import threading

RUN_PROPERTY = "urbanplan/run"
_MAX_RUNS = 500
_RUNS = {}
_ORDER = []
_LOCK = threading.Lock()
_POST_PROCESSORS = []   # keep the Python post-processor objects alive (QGIS holds raw pointers)


# ------------------------------------------------------------------------------------------
# destinations
# ------------------------------------------------------------------------------------------

_OGR_RE = re.compile(r"^ogr:dbname='(?P<path>[^']+)'\s+table=\"(?P<table>[^\"]+)\"", re.I)


def destination_key(value):
    """A comparable key (real path or layer id, layer name or '') for an output destination
    or a layer source: ``x.gpkg``, ``x.gpkg|layername=a``, ``ogr:dbname='x.gpkg' table="a"``,
    ``x.csv``, or a memory layer id."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or text in ("TEMPORARY_OUTPUT", "memory:"):
        return None
    m = _OGR_RE.match(text)
    if m:
        return (_real(m.group("path")), m.group("table"))
    parts = text.split("|")
    path = parts[0]
    layer = ""
    for p in parts[1:]:
        if p.lower().startswith("layername="):
            layer = p.split("=", 1)[1]
    if os.path.sep in path or os.path.exists(path):
        return (_real(path), layer)
    return (text, "")


def _real(path):
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return path


def _remember(key, record):
    if key is None:
        return
    with _LOCK:
        if key not in _RUNS:
            _ORDER.append(key)
        _RUNS[key] = record
        while len(_ORDER) > _MAX_RUNS:
            _RUNS.pop(_ORDER.pop(0), None)


def lookup(key):
    """The run record for a destination key; a GeoPackage layer also matches a record made
    for the whole file (and the other way round) when nothing more exact is known."""
    if key is None:
        return None
    with _LOCK:
        if key in _RUNS:
            return _RUNS[key]
        path, layer = key
        loose = [k for k in _RUNS if k[0] == path and (not k[1] or not layer)]
        if len(loose) == 1:
            return _RUNS[loose[0]]
        # a file written as x.gpkg gets the layer name 'x'
        stem = os.path.splitext(os.path.basename(path))[0]
        if layer and layer == stem and (path, "") in _RUNS:
            return _RUNS[(path, "")]
    return None


def run_of_layer(layer):
    """The run record of a layer: its ``urbanplan/run`` property, else the in-memory record
    of its id or source. None when unknown."""
    if layer is None:
        return None
    try:
        text = layer.customProperty(RUN_PROPERTY)
        if text:
            return json.loads(text)
    except (TypeError, ValueError):
        pass
    rec = lookup((layer.id(), ""))
    if rec is None:
        rec = lookup(destination_key(layer.source()))
    return rec


def forget_all():
    """Tests: start from an empty memory."""
    with _LOCK:
        _RUNS.clear()
        _ORDER.clear()


# ------------------------------------------------------------------------------------------
# parameter values as JSON
# ------------------------------------------------------------------------------------------

def plain_value(value):
    """A JSON-able, readable form of a Processing parameter value."""
    from qgis.core import (
        QgsMapLayer,
        QgsProcessingFeatureSourceDefinition,
        QgsProcessingOutputLayerDefinition,
        QgsProperty,
    )
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, QgsMapLayer):
        return {"layer": value.name(), "source": value.source()}
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return plain_value(value.source)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return plain_value(value.sink)
    if isinstance(value, QgsProperty):
        return value.staticValue() if value.propertyType() == QgsProperty.Type.StaticProperty \
            else value.expressionString()
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain_value(v) for k, v in value.items()}
    for attr in ("toString", "asWkt"):
        if hasattr(value, attr):
            try:
                return str(getattr(value, attr)())
            except TypeError:
                pass
    return str(value)


def plugin_version():
    """The version in metadata.txt (beside the package in a checkout, inside it once packaged)."""
    from ..paths import PLUGIN_DIR
    for path in (os.path.join(PLUGIN_DIR, "metadata.txt"),
                 os.path.join(os.path.dirname(PLUGIN_DIR), "metadata.txt")):
        try:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("version="):
                        return line.split("=", 1)[1].strip()
        except OSError:
            continue
    return ""


# ------------------------------------------------------------------------------------------
# the hooks UrbanPlanAlgorithm calls
# ------------------------------------------------------------------------------------------

def remember_parameters(alg, parameters):
    """prepareAlgorithm: keep the run's parameters (plain values) on the algorithm instance."""
    try:
        from qgis.core import Qgis
        params, defaults = {}, {}
        for d in alg.parameterDefinitions():
            name = d.name()
            if name in parameters:
                params[name] = plain_value(parameters[name])
            defaults[name] = plain_value(d.defaultValue())
        alg._urbanplan_run = {
            "algorithm": alg.name(), "algorithm_id": alg.id(),
            "display_name": alg.displayName(), "parameters": params, "defaults": defaults,
            "time": datetime.datetime.now().isoformat(timespec="seconds"),
            "qgis": Qgis.QGIS_VERSION, "plugin": plugin_version(),
        }
        alg._urbanplan_destinations = {
            d.name(): parameters.get(d.name()) for d in alg.destinationParameterDefinitions()}
    except Exception:  # noqa: BLE001 - never stop an algorithm for a report's sake
        alg._urbanplan_run = None


def after_run(alg, context):
    """postProcessAlgorithm: remember the run under each output, and style (and tag) every
    output layer Processing will load into the project."""
    run = getattr(alg, "_urbanplan_run", None)
    if not run:
        return
    try:
        for name, value in (getattr(alg, "_urbanplan_destinations", None) or {}).items():
            dest = value
            try:
                from qgis.core import QgsProcessingOutputLayerDefinition
                if isinstance(value, QgsProcessingOutputLayerDefinition):
                    dest = value.sink.staticValue()
            except Exception:  # noqa: BLE001
                pass
            _remember(destination_key(dest), dict(run, output=name))
        out_names = {d.name() for d in alg.destinationParameterDefinitions()}
        loading = {key[0] for key in map(destination_key, context.layersToLoadOnCompletion())
                   if key}
        style_unloaded_outputs(alg, run, loading)
        for layer_id, details in list(context.layersToLoadOnCompletion().items()):
            output = getattr(details, "outputName", "") or ""
            if output not in out_names:
                continue
            record = dict(run, output=output)
            _remember(destination_key(layer_id), record)
            details = context.layerToLoadOnCompletionDetails(layer_id)
            # keep a post-processor someone else set (a model renaming its outputs): run it first
            post = StylePostProcessor.create(record, details.postProcessor())
            details.setPostProcessor(post)
    except Exception:  # noqa: BLE001
        pass


def _file_destination(value):
    """(path, layer name) of a file destination (``x.gpkg``, ``x.tif``,
    ``ogr:dbname='x.gpkg' table="t"``, ``x.gpkg|layername=t``), or None."""
    try:
        from qgis.core import QgsProcessingOutputLayerDefinition
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
    except Exception:  # noqa: BLE001
        pass
    if not isinstance(value, str) or not value or value.startswith(("memory:",
                                                                      "TEMPORARY_OUTPUT")):
        return None
    m = _OGR_RE.match(value)
    if m:
        return m.group("path"), m.group("table")
    path, _sep, rest = value.partition("|")
    layer = rest.split("=", 1)[1] if rest.lower().startswith("layername=") else ""
    return (path, layer) if os.path.isfile(path) else None


def style_unloaded_outputs(alg, run, loading=()):
    """Outputs written to files that are not loaded into a project (qgis_process, scripts,
    models' intermediate files): styled from the file and the style kept with it
    (GeoPackage default style, .qml beside a raster), as loaded outputs are by the
    post-processor. ``loading``: real paths of the files QGIS will load (styled there)."""
    try:
        from qgis.core import QgsRasterLayer, QgsVectorLayer

        from .styles import apply_style, save_style_with_output
        for name, value in (getattr(alg, "_urbanplan_destinations", None) or {}).items():
            found = _file_destination(value)
            if found is None:
                continue
            path, table = found
            if _real(path) in loading:
                continue
            ext = os.path.splitext(path)[1].lower()
            if ext in (".tif", ".tiff", ".vrt", ".img", ".asc", ".nc"):
                layer = QgsRasterLayer(path, os.path.basename(path), "gdal")
            elif ext in (".gpkg", ".shp", ".geojson", ".json", ".fgb", ".sqlite"):
                uri = f"{path}|layername={table}" if table else path
                layer = QgsVectorLayer(uri, os.path.basename(path), "ogr")
            else:
                continue
            if layer.isValid() and apply_style(layer, dict(run, output=name)):
                save_style_with_output(layer)
    except Exception:  # noqa: BLE001 - never fail a run for a style
        pass


def _post_processor_class():
    from qgis.core import QgsProcessingLayerPostProcessorInterface

    class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
        """Tags the loaded output layer with its run record and applies its style."""

        def __init__(self, record, previous=None):
            super().__init__()
            self.record = record
            self.previous = previous

        def postProcessLayer(self, layer, context, feedback):  # noqa: N802
            if self.previous is not None:
                self.previous.postProcessLayer(layer, context, feedback)
            try:
                layer.setCustomProperty(RUN_PROPERTY, json.dumps(self.record, default=str))
                _remember((layer.id(), ""), self.record)
                from .styles import apply_style, save_style_with_output
                if apply_style(layer, self.record):
                    # the style also goes with the file (GeoPackage layer_styles, .qml)
                    save_style_with_output(layer)
            except Exception:  # noqa: BLE001 - a style must never fail a run
                pass

    return _StylePostProcessor


class StylePostProcessor:
    """Factory keeping each post-processor alive (QGIS does not own Python objects)."""

    _cls = None

    @classmethod
    def create(cls, record, previous=None):
        if cls._cls is None:
            cls._cls = _post_processor_class()
        post = cls._cls(record, previous)
        _POST_PROCESSORS.append(post)
        del _POST_PROCESSORS[:-200]
        return post
