"""Where a run's outputs go, checked before it starts and written so that a failed or cancelled
run leaves nothing that looks finished.

- :func:`output_problem` (before the run): an output file that is also an input (it would be
  replaced: the DEM by the depth raster, the network by its own result), two outputs to the same
  file, a folder that does not exist or cannot be written, a path that is a folder. The message
  names the output, the cause and the fix.
- :class:`OutputStaging` (during the run): every file output (GeoPackage, shapefile, GeoTIFF,
  CSV...) is written into a hidden folder ``.urbanplan-partial-*`` beside its destination and
  moved into place only when the run succeeds; a run that fails or is cancelled removes the
  folder. Memory layers and TEMPORARY_OUTPUT are left as Processing makes them (they are not
  kept after QGIS closes, and nothing can mistake them for a finished file).

The algorithms never call this module: ``algorithms/base.py`` wraps every ``processAlgorithm``
and overrides ``parameterAsSink``/``parameterAsOutputLayer``.
"""
import os
import re
import shutil
import tempfile

from qgis.core import (
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
)

from ..i18n import tr

PARTIAL_PREFIX = ".urbanplan-partial-"
"""Name prefix of the hidden folder an output is written into before it is moved in place."""

_TEMPORARY = "TEMPORARY_OUTPUT"


# ------------------------------------------------------------------------------------------
# paths of parameter values
# ------------------------------------------------------------------------------------------

def _static(value):
    """The plain value of a QgsProperty (None for an expression or a field)."""
    if isinstance(value, QgsProperty):
        if value.propertyType() == QgsProperty.Type.StaticProperty:
            return value.staticValue()
        return None
    return value


def destination_text(value):
    """The destination string of an output parameter value (a string or an output layer
    definition), or None."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = _static(value.sink)
    value = _static(value)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def local_output_path(value):
    """The file an output parameter value writes to, or None for a memory layer, a temporary
    output, a database URI (``ogr:``, ``postgis:``...) or an empty value."""
    text = destination_text(value)
    if not text or text == _TEMPORARY or text.startswith("memory:"):
        return None
    scheme = text.split(":", 1)[0] if ":" in text else ""
    if len(scheme) > 1 and "/" not in scheme and "\\" not in scheme:
        return None         # a provider URI such as ogr:..., postgis:... (not C:\...)
    path = os.path.abspath(os.path.expanduser(text.split("|")[0]))
    temp = os.path.realpath(QgsProcessingUtils.tempFolder())
    if os.path.realpath(path).startswith(temp + os.sep):
        return None         # Processing's own temporary output
    return path


_OGR_DBNAME = re.compile(r"""dbname=(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))""")
_OGR_TABLE = re.compile(r"""table=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s(]+))""")


def ogr_table_output(value):
    """(file, table) of an output written as a table of a GeoPackage or SQLite file (the
    dialog's "Save to GeoPackage": ``ogr:dbname='x.gpkg' table="name" (geom)``), else None."""
    text = destination_text(value)
    if not text or not text.startswith("ogr:"):
        return None
    db = _OGR_DBNAME.search(text)
    table = _OGR_TABLE.search(text)
    if db is None or table is None:
        return None
    path = next(g for g in db.groups() if g is not None).replace("\\'", "'")
    name = next(g for g in table.groups() if g is not None).replace('\\"', '"')
    temp = os.path.realpath(QgsProcessingUtils.tempFolder())
    path = os.path.abspath(os.path.expanduser(path))
    if os.path.realpath(path).startswith(temp + os.sep):
        return None
    return path, name


def _layer_of_source(text):
    """The layer name in a source string ('x.gpkg|layername=y'), or None."""
    for part in str(text).split("|")[1:]:
        if part.startswith("layername="):
            return part[len("layername="):]
    m = _OGR_TABLE.search(str(text))
    return next(g for g in m.groups() if g is not None) if m else None


def _file_of_source(text):
    """The file path in a layer source string ('x.gpkg|layername=y', '/vsizip/...'), or None."""
    if not text:
        return None
    part = str(text).split("|")[0].strip()
    if part.startswith("file://"):
        part = part[len("file://"):]
    if "dbname=" in part:       # an OGR/Spatialite URI: dbname='file'
        import re
        m = re.search(r"dbname='([^']+)'", part) or re.search(r'dbname="([^"]+)"', part)
        part = m.group(1) if m else ""
    if not part or part.startswith(("memory", "/vsi")):
        return None
    return part


def input_paths(value, context):
    """The files an input parameter value reads (a path, a layer id or name, a layer, a feature
    source definition, a list of them)."""
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out += input_paths(v, context)
        return out
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    value = _static(value)
    if value is None:
        return []
    if isinstance(value, QgsMapLayer):
        path = _file_of_source(value.source())
        return [path] if path else []
    if not isinstance(value, str) or not value.strip():
        return []
    text = value.strip()
    path = _file_of_source(text)
    if path and os.path.exists(path):
        return [path]
    layer = None
    try:
        layer = QgsProcessingUtils.mapLayerFromString(text, context, False)
    except Exception:  # noqa: BLE001 - an odd value is checked by Processing itself
        layer = None
    if layer is not None:
        path = _file_of_source(layer.source())
        return [path] if path else []
    return [path] if path else []


def input_layers(value, context):
    """(file, layer name or None) of every file an input parameter value reads."""
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out += input_layers(v, context)
        return out
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    value = _static(value)
    if isinstance(value, QgsMapLayer):
        text = value.source()
    elif isinstance(value, str):
        text = value.strip()
        path = _file_of_source(text)
        if not (path and os.path.exists(path)):
            try:
                layer = QgsProcessingUtils.mapLayerFromString(text, context, False)
            except Exception:  # noqa: BLE001
                layer = None
            if layer is not None:
                text = layer.source()
    else:
        return []
    path = _file_of_source(text)
    return [(path, _layer_of_source(text))] if path else []


def same_file(a, b):
    """True when two paths name one file (symlinks, '..' and letter case on Windows)."""
    def norm(p):
        return os.path.normcase(os.path.realpath(os.path.abspath(p)))
    if norm(a) == norm(b):
        return True
    try:
        return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except OSError:
        return False


def _candidates(path, default_exts):
    """The output file and, when it has no extension, the names Processing gives it."""
    if os.path.splitext(path)[1]:
        return [path]
    return [path] + [f"{path}.{ext}" for ext in default_exts]


def check_folder(path, what):
    """Raise a clear error unless a file can be created at ``path`` (its folder exists and can
    be written; the path is not a folder)."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise QgsProcessingException(tr(
            "The {what} cannot be written in {f}: it is a file, not a folder. Choose a "
            "folder for the output.").format(what=what, f=folder))
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


def output_problem(alg, parameters, context):
    """The message for outputs that cannot be written as asked ('' when they can)."""
    from qgis.core import QgsProcessingParameterFolderDestination
    outputs, tables = [], []
    for d in alg.destinationParameterDefinitions():
        if isinstance(d, QgsProcessingParameterFolderDestination):
            continue        # a folder (the batch's): it may exist, files are made inside it
        value = parameters.get(d.name())
        path = local_output_path(value)
        if path is not None:
            outputs.append((d, path))
        table = ogr_table_output(value)
        if table is not None:
            tables.append((d, table))
    if not outputs and not tables:
        return ""
    inputs = []
    for d in alg.parameterDefinitions():
        if d.isDestination() or d.name() not in parameters:
            continue
        for p in input_paths(parameters[d.name()], context):
            inputs.append((d, p))
    for k, (d, (path, name)) in enumerate(tables):
        for other, (opath, oname) in tables[:k]:
            if same_file(path, opath) and name.lower() == oname.lower():
                return tr(
                    "The outputs {a} and {b} are the same file ({p}): the second would replace "
                    "the first. Give each output its own file.").format(
                    a=other.name(), b=d.name(), p=f"{path}|layername={name}")
        for di in alg.parameterDefinitions():
            if di.isDestination() or di.name() not in parameters:
                continue
            for ip, layer in input_layers(parameters[di.name()], context):
                if same_file(path, ip) and (layer is None or layer.lower() == name.lower()):
                    return tr(
                        "The output '{what}' ({out}) is the input '{inp}' ({path}): writing it "
                        "would destroy the input. Choose another file name for {name}.").format(
                        what=d.description(), out=d.name(), inp=di.description(),
                        path=f"{ip}|layername={layer or name}", name=d.name())
        try:
            check_folder(path, d.description())
        except QgsProcessingException as exc:
            return str(exc)
    exts = ("gpkg", "shp", "tif", "csv")
    seen = []
    for d, path in outputs:
        what = d.description()
        for cand in _candidates(path, exts):
            for di, ip in inputs:
                if same_file(cand, ip):
                    return tr(
                        "The output '{what}' ({out}) is the input '{inp}' ({path}): writing it "
                        "would destroy the input. Choose another file name for {name}.").format(
                        what=what, out=d.name(), inp=di.description(), path=ip, name=d.name())
        for other, opath in seen:
            if same_file(path, opath):
                return tr(
                    "The outputs {a} and {b} are the same file ({p}): the second would replace "
                    "the first. Give each output its own file.").format(
                    a=other.name(), b=d.name(), p=path)
        seen.append((d, path))
        try:
            check_folder(path, what)
        except QgsProcessingException as exc:
            return str(exc)
    return ""


# ------------------------------------------------------------------------------------------
# staging
# ------------------------------------------------------------------------------------------

class OutputStaging:
    """File outputs of one run, written in hidden folders beside their destinations."""

    def __init__(self):
        self.folders = []       # (staging folder, final folder)
        self.sinks = []         # sinks writing into the staging folders (closed before moving)
        self.tables = []        # (file, table) written into an existing GeoPackage
        self.staged_files = {}  # final GeoPackage -> its staged copy (several tables, one file)

    def stage(self, value, what):
        """The parameter value to give Processing instead of ``value`` (the same value for
        outputs that are not files)."""
        table = ogr_table_output(value)
        if table is not None:
            return self._stage_table(value, table, what)
        path = local_output_path(value)
        if path is None:
            return value
        check_folder(path, what)
        folder = os.path.dirname(path)
        try:
            staging = tempfile.mkdtemp(prefix=PARTIAL_PREFIX, dir=folder)
        except OSError as exc:
            raise QgsProcessingException(tr(
                "The {what} cannot be written in {f} ({e}). Choose a folder you can write to.")
                .format(what=what, f=folder, e=exc.strerror or exc)) from None
        self.folders.append((staging, folder))
        staged = os.path.join(staging, os.path.basename(path))
        text = destination_text(value)
        if "|" in text:
            staged += text[text.index("|"):]
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            copy = QgsProcessingOutputLayerDefinition(value)
            copy.sink = QgsProperty.fromValue(staged)
            return copy
        return staged

    def _stage_table(self, value, table, what):
        """A table of a GeoPackage: staged with its file when the file is new; written in
        place into an existing file, and dropped again if the run fails."""
        path, name = table
        check_folder(path, what)
        key = os.path.normcase(os.path.realpath(path))
        staged = self.staged_files.get(key)
        if staged is None and os.path.exists(path):
            self.tables.append((path, name))
            return value
        if staged is None:      # a new file: staged whole, with every table the run adds
            folder = os.path.dirname(path)
            try:
                staging = tempfile.mkdtemp(prefix=PARTIAL_PREFIX, dir=folder)
            except OSError as exc:
                raise QgsProcessingException(tr(
                    "The {what} cannot be written in {f} ({e}). Choose a folder you can write "
                    "to.").format(what=what, f=folder, e=exc.strerror or exc)) from None
            self.folders.append((staging, folder))
            staged = os.path.join(staging, os.path.basename(path))
            self.staged_files[key] = staged
        text = destination_text(value)
        m = _OGR_DBNAME.search(text)
        text = text[:m.start()] + "dbname='" + staged.replace("'", "\\'") + "'" + text[m.end():]
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            copy = QgsProcessingOutputLayerDefinition(value)
            copy.sink = QgsProperty.fromValue(text)
            return copy
        return text

    def keep_sink(self, sink):
        """Remember a sink writing into a staged file, to close it before the move. A weak
        reference: an algorithm that closes its sink itself (``del sink``, to write more into
        the file) closes it for good."""
        if sink is not None and (self.folders or self.tables):
            import weakref
            try:
                self.sinks.append(weakref.ref(sink))
            except TypeError:       # no weak reference: keep the sink itself
                self.sinks.append(lambda s=sink: s)

    def final_name(self, value):
        """A destination id or path inside a staging folder, moved to its final folder."""
        if not isinstance(value, str):
            return value
        for staging, folder in self.folders:
            if value.startswith(staging + os.sep):
                return folder + value[len(staging):]
            if staging + os.sep in value:       # an ogr:dbname='...' destination
                return value.replace(staging + os.sep, folder + os.sep)
        return value

    def _close_sinks(self):
        from qgis.PyQt import sip
        for ref in self.sinks:
            sink = ref()
            if sink is None:
                continue
            try:
                if not sip.isdeleted(sink):
                    sip.delete(sink)
            except Exception:  # noqa: BLE001 - an already closed sink
                pass
        self.sinks = []

    def _rename_loads(self, context, drop=False):
        """Layers Processing loads when the run ends: under their final name (or dropped)."""
        if context is None:
            return
        layers = context.layersToLoadOnCompletion()
        changed = False
        new = {}
        for key, details in layers.items():
            final = self.final_name(key)
            if final != key:
                changed = True
                if drop:
                    continue
            new[final] = details
        if changed:
            context.setLayersToLoadOnCompletion(new)

    def commit(self, context, results):
        """Move every staged file into place; the results with their final names."""
        self._close_sinks()
        try:
            for staging, folder in self.folders:
                for name in sorted(os.listdir(staging)):
                    os.replace(os.path.join(staging, name), os.path.join(folder, name))
                shutil.rmtree(staging, ignore_errors=True)
        except OSError as exc:
            self.discard(context)
            raise QgsProcessingException(tr(
                "The outputs could not be moved into place ({e}). Close any program that has "
                "the old file open, or choose another file name.").format(
                e=exc.strerror or exc)) from None
        self._rename_loads(context)
        self.tables = []
        self.staged_files = {}
        out = {}
        for key, value in (results or {}).items():
            if isinstance(value, (list, tuple)):
                value = type(value)(self.final_name(v) for v in value)
            out[key] = self.final_name(value)
        self.folders = []
        return out

    def discard(self, context=None):
        """Remove every staged file (a failed or cancelled run)."""
        self._close_sinks()
        self._rename_loads(context, drop=True)
        for staging, _ in self.folders:
            shutil.rmtree(staging, ignore_errors=True)
        self.folders = []
        self.staged_files = {}
        for path, name in self.tables:
            _drop_table(path, name)
        self.tables = []


def _drop_table(path, name):
    """Remove a table a failed run half-wrote into an existing GeoPackage."""
    from osgeo import ogr
    try:
        ds = ogr.Open(path, 1)
    except RuntimeError:
        return
    if ds is None:
        return
    for i in range(ds.GetLayerCount()):
        if ds.GetLayer(i).GetName().lower() == name.lower():
            try:
                ds.DeleteLayer(i)
            except RuntimeError:
                pass
            break
    ds = None
