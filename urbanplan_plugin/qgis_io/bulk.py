"""Inputs read in bulk straight from GDAL/OGR, when that gives exactly what QGIS would.

QGIS hands features to Python one at a time (a feature object, its geometry, its attributes):
about 3-10 µs per feature before any work, seconds for a million buildings, and the OSM driver
builds its node index again for every pass over a file. For a layer that QGIS itself reads
through its OGR provider from a file, with nothing between the file and the algorithm (no
selection, subset string, feature limit, filter expression, unsaved edits or geometry check of
the Processing source), this module opens the same file with OGR and takes whole batches of
features at once through the Arrow stream interface (``Layer.GetArrowStreamAsNumPy``, GDAL >=
3.6; older GDAL falls back to OGR's feature loop): feature ids, the requested attribute columns
and the geometries as WKB, in the order QGIS reads them (QGIS's feature id is OGR's fid).

:func:`ogr_source` decides whether a layer qualifies (None: read it through QGIS as before);
:func:`read_columns` reads it. The readers (``layers.scan_lines``, ``flood_io.read_exposure``)
keep their QGIS path for everything else, and their tests compare both paths.
"""
import os
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException

from ..i18n import tr

ARROW_BATCH = 65536
FORCE_FEATURE_LOOP = False
"""Tests set this to check the OGR feature loop gives the same answer as the Arrow stream."""

PLAIN_FIELD_TYPES = ("Integer", "Integer64", "Real", "String")
"""OGR field types (as QGIS's OGR provider names them) whose values the Arrow stream gives as
QGIS does (int, float, text); a subtype (boolean, int16, JSON...) changes the name."""


@dataclass(frozen=True)
class OgrSource:
    """A layer of a file, as OGR opens it: ``path`` and the layer's name or index."""

    path: str
    layer_name: str = None
    layer_id: int = None
    driver: str = ""

    def open(self):
        """(dataset, layer), or (None, None) when OGR cannot open it. Call it inside
        ``qgis_compat.gdal_exceptions()``."""
        from osgeo import ogr
        try:
            ds = ogr.Open(self.path, 0)
            if ds is None:
                return None, None
            if self.layer_name:
                layer = ds.GetLayerByName(self.layer_name)
            else:
                layer = ds.GetLayer(self.layer_id or 0)
        except RuntimeError:
            return None, None
        if layer is None:
            return None, None
        return ds, layer


def ogr_source(layer, definition=None, fields=()):
    """An :class:`OgrSource` for ``layer`` (the QgsVectorLayer a Processing source parameter
    resolved to; ``definition`` the parameter's value) when OGR reads exactly the features QGIS
    would give the algorithm, with ``fields`` as plain columns of the file; else None."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry, QgsVectorLayer

    from .qgis_compat import is_provider_field, source_definition_flags
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    if isinstance(definition, QgsProcessingFeatureSourceDefinition):
        if definition.selectedFeaturesOnly or definition.featureLimit != -1:
            return None
        if getattr(definition, "filterExpression", ""):     # QGIS >= 3.32
            return None
        if source_definition_flags(definition):     # its own invalid-geometry check
            return None
    if layer.providerType() != "ogr" or layer.subsetString():
        return None
    if layer.isEditable() or layer.isModified():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path or parts.get("subset") or parts.get("geometryType"):
        return None
    if not (os.path.isfile(path) or path.startswith("/vsi")):
        return None
    layer_fields = layer.fields()
    for f in fields:
        idx = layer_fields.lookupField(f)
        if idx < 0 or not is_provider_field(layer_fields, idx):
            return None
        if layer_fields.at(idx).typeName() not in PLAIN_FIELD_TYPES:
            return None     # dates, booleans, lists...: QGIS's own values
        if layer_fields.at(idx).typeName() == "String" and \
                (layer.dataProvider().encoding() or "UTF-8").upper().replace("-", "") != "UTF8":
            return None     # text QGIS decodes with the layer's own encoding
    storage = layer.dataProvider().storageType() if layer.dataProvider() else ""
    # the file is opened when it is read: a layer OGR cannot open is then read through QGIS
    return OgrSource(path, parts.get("layerName") or None, parts.get("layerId"), storage)


@dataclass
class Columns:
    """Features read in bulk: ``fids`` (int64), ``wkb`` (list of bytes, None for a null or
    empty geometry) and ``attrs`` {field: list of Python values, None for NULL}."""

    fids: np.ndarray
    wkb: list
    attrs: dict

    def __len__(self):
        return len(self.fids)


def arrow_available():
    """OGR's Arrow stream as numpy arrays (GDAL >= 3.6; see qgis_compat)."""
    from .qgis_compat import ogr_arrow_reader
    return not FORCE_FEATURE_LOOP and ogr_arrow_reader()


def read_columns(ref, fields=(), geometry=True, what=None):
    """Every feature of ``ref`` (:class:`OgrSource`) in OGR's order: :class:`Columns`. GDAL's
    failures meanwhile (a truncated file) stop the run with the message of
    ``gdal_errors.reading``. None when the layer has curved geometry types (the QGIS readers
    segmentize them)."""
    from .gdal_errors import reading
    from .qgis_compat import gdal_exceptions
    what = what or tr("layer")
    fields = [f for f in dict.fromkeys(fields) if f]
    with reading(what), gdal_exceptions():
        ds, layer = ref.open()
        if layer is None:
            return None
        from osgeo import ogr
        gtype = layer.GetGeomType()
        if geometry and ogr.GT_IsNonLinear(gtype):
            return None
        defn = layer.GetLayerDefn()
        fid_name = layer.GetFIDColumn() or ""
        as_fid = [f for f in fields if defn.GetFieldIndex(f) < 0 and f == fid_name]
        if any(defn.GetFieldIndex(f) < 0 for f in fields if f not in as_fid):
            return None
        plain = [f for f in fields if f not in as_fid]
        try:
            if arrow_available():
                cols = _read_arrow(layer, plain, geometry)
            else:
                cols = _read_loop(layer, plain, geometry)
            for f in as_fid:        # a GeoPackage's fid, which QGIS shows as a field
                cols.attrs[f] = cols.fids.tolist()
            cols.attrs = {f: cols.attrs[f] for f in fields}
        except RuntimeError as exc:
            from .gdal_errors import damaged_message
            raise QgsProcessingException(damaged_message(what, [str(exc)])) from None
        finally:
            layer.SetIgnoredFields([])
        del layer, ds
    return cols


def _values(arr, binary=False):
    """Python values (None for NULL) of one Arrow-stream numpy column."""
    mask = np.ma.getmaskarray(arr) if np.ma.isMaskedArray(arr) else None
    data = np.ma.getdata(arr)
    kind = data.dtype.kind
    if binary:
        vals = [None if v is None or len(v) == 0 else bytes(v) for v in data.tolist()]
    elif kind == "S":
        vals = [v.decode("utf-8", "replace") for v in data.tolist()]
    elif kind == "O":
        vals = [v.decode("utf-8", "replace") if isinstance(v, bytes) else v
                for v in data.tolist()]
    else:
        vals = data.tolist()
    if mask is not None and mask.any():
        vals = [None if m else v for v, m in zip(vals, mask.tolist())]
    return vals


def _read_arrow(layer, fields, geometry):
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    ignored = [f for f in names if f not in fields]
    if not geometry:
        ignored.append("OGR_GEOMETRY")
    layer.SetIgnoredFields(ignored)
    stream = layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES",
                                                  f"MAX_FEATURES_IN_BATCH={ARROW_BATCH}"])
    fid_col = layer.GetFIDColumn() or "OGC_FID"
    geom_col = layer.GetGeometryColumn() or "wkb_geometry"
    fids, wkbs = [], []
    attrs = {f: [] for f in fields}
    for batch in stream:
        keys = list(batch.keys())
        fcol = fid_col if fid_col in batch else keys[0]
        fids.append(np.ma.getdata(batch[fcol]).astype(np.int64))
        if geometry:
            gcol = geom_col if geom_col in batch else keys[-1]
            wkbs.extend(_values(batch[gcol], binary=True))
        for f in fields:
            attrs[f].extend(_values(batch[f]))
    del stream
    return Columns(np.concatenate(fids) if fids else np.empty(0, np.int64),
                   wkbs if geometry else None, attrs)


def _read_loop(layer, fields, geometry):
    defn = layer.GetLayerDefn()
    idx = [defn.GetFieldIndex(f) for f in fields]
    fids, wkbs = [], []
    attrs = {f: [] for f in fields}
    layer.ResetReading()
    for feat in layer:
        fids.append(feat.GetFID())
        if geometry:
            g = feat.GetGeometryRef()
            wkbs.append(None if g is None or g.IsEmpty() else bytes(g.ExportToIsoWkb()))
        for f, i in zip(fields, idx):
            attrs[f].append(feat.GetField(i) if feat.IsFieldSetAndNotNull(i) else None)
    return Columns(np.asarray(fids, dtype=np.int64), wkbs if geometry else None, attrs)
