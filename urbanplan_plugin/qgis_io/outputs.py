"""The one writer of UrbanPlan's result layers and tables.

Every algorithm whose output is "the input features with new fields" (origins with walk times,
buildings with depths, population with coverage) and every summary table writes through here,
so three rules hold everywhere:

* **NaN and infinity become NULL** (:func:`cell`, the only place that decides it): a result with
  no value is empty, never ``inf``, ``nan`` or 0;
* **one field-clash policy** (:func:`joined_fields`): an input field with the name of a result
  field (compared without case, as GeoPackage and shapefiles do) is replaced by the result, and
  the log names it -- so a result can be run through its algorithm again and keeps its names
  (``within``, not ``within_2``);
* **names and kinds from the schema** (:func:`schema_spec`): a result field is written only when
  ``core.schema`` declares it for that output.

Features go to the sink in batches; cancelling stops the copy. The result values are cleaned
column by column (:func:`_clean_column`), and an output that copies a GeoPackage input into a new
GeoPackage file is written by SQLite in bulk (:class:`BulkCopy`, qgis_io.gpkg_write)."""
import math

import numpy as np
from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsFields

from ..core import schema
from ..core.common.values import cell, column  # noqa: F401  (re-exported: the one rule)
from ..i18n import tr
from .qgis_compat import make_field


def _clean(values):
    """:func:`cell` on a row of result values, with a fast path for what needs no change
    (None, text, ints and finite Python floats)."""
    out = []
    for v in values:
        t = type(v)
        if v is None or t is str or t is int or (t is float and math.isfinite(v)):
            out.append(v)
        else:
            out.append(cell(v))
    return out


# ------------------------------------------------------------------------------------------
# fields
# ------------------------------------------------------------------------------------------

def schema_spec(analysis, output, names):
    """[(name, kind)] of result fields, each declared in ``core.schema`` for the output (a
    KeyError names an undeclared field: declare it there first)."""
    return schema.spec(analysis, output, list(names))


def table_fields(spec):
    """QgsFields from [(name, kind)]."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


def joined_fields(source_fields, extra, feedback=None):
    """(fields, kept): the source's fields plus ``extra`` [(name, kind)] result fields.

    The field-clash policy: a source field whose name (without case) is a result field's is
    replaced by the result, and the log says which, so a result can be run again. ``kept`` =
    indices of the source fields copied."""
    names = {n.lower() for n, _ in extra}
    fields = QgsFields()
    kept, dropped = [], []
    for j in range(source_fields.count()):
        f = source_fields.at(j)
        if f.name().lower() in names:
            dropped.append(f.name())
            continue
        fields.append(f)
        kept.append(j)
    for name, kind in extra:
        fields.append(make_field(name, kind))
    if dropped and feedback is not None:
        feedback.pushWarning(tr("The input fields {f} are replaced by this analysis's fields "
                                "of the same name.").format(f=", ".join(dropped)))
    return fields, kept


def result_fields(source_fields, analysis, output, names, feedback=None):
    """:func:`joined_fields` for result fields named in the schema: (fields, kept)."""
    return joined_fields(source_fields, schema_spec(analysis, output, names), feedback)


# ------------------------------------------------------------------------------------------
# features: the input's features with result columns
# ------------------------------------------------------------------------------------------

_PLAIN = frozenset({type(None), str, int})
_NUMBERS = frozenset({type(None), int, float})


def _clean_column(values):
    """:func:`_clean` on a whole column (a list of one result field's values): checked by type
    and with numpy first, so a column that needs no change (as :func:`column` makes them) is
    not visited value by value."""
    vals = values if isinstance(values, list) else list(values)
    types = set(map(type, vals))
    if types <= _PLAIN:
        return vals
    if types <= _NUMBERS:
        arr = np.array(vals, dtype=object)
        nums = arr[np.not_equal(arr, None)].astype(np.float64)
        if np.isfinite(nums).all():
            return vals
    return [v if v is None or type(v) in (str, int) or (type(v) is float and math.isfinite(v))
            else cell(v) for v in vals]


class _Rows:
    """rows[i] of the result values: from columns (lists, or callables col(i)) or from one
    callable values_of(i) -> list. Plain columns are cleaned once, column by column
    (``rows`` then holds the clean tuples)."""

    def __init__(self, columns, n):
        self.n = n
        self.rows = None
        if callable(columns):
            self.values_of = columns
        elif columns and any(callable(c) for c in columns):
            cols = list(columns)
            self.values_of = lambda i: [c(i) if callable(c) else c[i] for c in cols]
        else:
            cols = [_clean_column(c) for c in columns] if columns else []
            self.rows = list(zip(*cols)) if cols else [()] * n

    def __getitem__(self, i):
        if self.rows is not None:
            return self.rows[i]
        return _clean(self.values_of(i))


def write_features(source, fids, kept, columns, sink, context=None, feedback=None,
                   start=80.0, end=100.0, batch=5000, keep=None, bulk=None):
    """Copy the features of ``source`` (original geometry, the attributes at indices
    ``kept``) to ``sink``, followed by the result columns.

    ``columns``: one list per result field with a value per position in ``fids`` (e.g. from
    :func:`column`), or callables ``col(i)``, or one callable ``values_of(i) -> list``; every
    number goes through :func:`cell`. ``keep(i) -> bool`` writes only some rows (e.g. the
    underserved people). Features whose id is not in ``fids`` are not written. False when
    cancelled.

    ``bulk`` (:class:`BulkCopy`, from ``algorithms.base.bulk_copy``): the sink writes a new
    GeoPackage and the source is a GeoPackage table read as it is: the copy is made by SQLite
    in one transaction (same output; tests/qgis/test_bulk_io.py), else feature by feature."""
    rows = _Rows(columns, len(fids))
    if bulk is not None and keep is None and rows.rows is not None:
        done = bulk.write(source, fids, kept, rows, sink, feedback)
        if done is not None:
            return done
    return _copy_features(source, QgsFeatureRequest(), fids, kept, rows, sink, keep, feedback,
                          start, end, batch)


def _copy_features(source, request, fids, kept, rows, sink, keep=None, feedback=None,
                   start=80.0, end=100.0, batch=5000):
    """The feature-by-feature copy of :func:`write_features` (the features ``request``
    selects)."""
    pos = None  # built only if the features do not come in reading order
    total = max(len(fids), 1)
    all_kept = list(kept) == list(range(source.fields().count()))
    buf = []
    for k, feat in enumerate(source.getFeatures(request)):
        if k % 20000 == 0 and feedback is not None:
            if feedback.isCanceled():
                return False
            feedback.setProgress(start + (end - start) * k / total)
        fid = feat.id()
        if pos is None and k < len(fids) and fids[k] == fid:
            i = k
        else:
            if pos is None:
                pos = {f: j for j, f in enumerate(fids)}
            i = pos.get(fid)
            if i is None:
                continue
        if keep is not None and not keep(i):
            continue
        attrs = feat.attributes()
        if not all_kept:
            attrs = [attrs[j] for j in kept]
        attrs.extend(rows[i])
        feat.setAttributes(attrs)  # the iterator's own feature: geometry kept as it is
        buf.append(feat)
        if len(buf) >= batch:
            sink.addFeatures(buf, QgsFeatureSink.Flag.FastInsert)
            buf = []
    if buf:
        sink.addFeatures(buf, QgsFeatureSink.Flag.FastInsert)
    return True


BULK_FIELD_TYPES = ("Integer", "Integer64", "Real", "String", "Date", "DateTime",
                    "Boolean", "Binary")
"""Input field types (as QGIS's OGR provider names them) whose stored GeoPackage values are
what QGIS's writer would store again (tests/qgis/test_bulk_io.py)."""


class BulkCopy:
    """An output written by SQLite (qgis_io.gpkg_write): the sink's new GeoPackage file
    ``out_path`` (layer ``out_layer``) and the input, a GeoPackage table read as it is
    (``source``: :class:`qgis_io.bulk.OgrSource`). :meth:`prepare` reads the input's boxes
    and checks its geometry types while the sink is still open; :meth:`write` then closes the
    sink and copies."""

    def __init__(self, source, out_path, out_layer, result_names=()):
        self.source, self.out_path, self.out_layer = source, out_path, out_layer
        self.result_names = list(result_names)
        self.n_results = len(self.result_names)
        self.bounds = None
        self.reason = ""

    def prepare(self):
        from .gpkg_write import NotApplicable, input_bounds
        try:
            self.bounds = input_bounds(self.source.path, self.source.layer_name)
        except NotApplicable as exc:
            self.reason = str(exc)
            return False
        return True

    def write(self, source, fids, kept, rows, sink, feedback=None):
        """:func:`write_features` by SQLite: True when written, None when this copy does not
        apply (nothing done). Features without a geometry go through the sink first (the
        feature writer decides how it stores them); the sink is then closed and the rest
        copied; should the copy turn out not to apply, the rest is written feature by feature
        into the closed sink's file."""
        from qgis.PyQt import sip

        from .gpkg_write import NotApplicable, copy_with_results
        if self.bounds is None or (rows.rows and len(rows.rows[0]) != self.n_results):
            return None
        names = [source.fields().at(j).name() for j in kept]
        fid_array = np.asarray(fids, dtype=np.int64)
        no_geometry = np.flatnonzero(~np.isin(fid_array, self.bounds[0]))
        if len(no_geometry) and not any(n.lower() == "fid" for n in names):
            return None     # their rows would not keep their place
        if len(no_geometry):
            from qgis.core import QgsFeatureRequest as Request
            request = Request().setFilterFids([int(f) for f in fid_array[no_geometry]])
            if not _copy_features(source, request, fids, kept, rows, sink, feedback=feedback):
                return False
        try:
            sip.delete(sink)        # closes the file: QGIS made the layer
        except Exception:  # noqa: BLE001 - not a sink this copy can close
            return None if not len(no_geometry) else False
        try:
            copy_with_results(self.source.path, self.source.layer_name, self.out_path,
                              self.out_layer, names + self.result_names, self.n_results,
                              fids, rows.rows, self.bounds, done=len(no_geometry))
            if feedback is not None:
                feedback.setProgress(100.0)
            return True
        except NotApplicable as exc:
            self.reason = str(exc)
        from qgis.core import QgsFeatureRequest, QgsVectorLayer
        layer = QgsVectorLayer(f"{self.out_path}|layername={self.out_layer}", "output", "ogr")
        request = QgsFeatureRequest()
        if len(no_geometry):
            keep_fids = np.setdiff1d(fid_array, fid_array[no_geometry])
            request.setFilterFids([int(f) for f in keep_fids])
        return _copy_features(source, request, fids, kept, rows, layer.dataProvider(),
                              feedback=feedback)


def new_feature(fields, geometry, values):
    """A feature of ``fields`` with ``geometry`` (or none) and ``values`` by :func:`cell`."""
    feat = QgsFeature(fields)
    if geometry is not None:
        feat.setGeometry(geometry)
    feat.setAttributes(_clean(values))
    return feat


# ------------------------------------------------------------------------------------------
# tables
# ------------------------------------------------------------------------------------------

def write_rows(rows, spec, sink):
    """Rows (dicts) into a table sink; ``spec``: [(name, kind)] or QgsFields. Values by
    :func:`cell` (NaN and infinity -> NULL); a missing key is NULL."""
    if isinstance(spec, QgsFields):
        fields = spec
        spec = [(f.name(), ("int" if "int" in f.typeName().lower() else "double")
                  if f.isNumeric() else "string") for f in fields]
    else:
        fields = table_fields(spec)
    for row in rows:
        feat = QgsFeature(fields)
        feat.setAttributes([cell(row.get(name), kind) for name, kind in spec])
        sink.addFeature(feat)
