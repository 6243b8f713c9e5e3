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

Features go to the sink in batches; cancelling stops the copy."""
import math

from qgis.core import QgsFeature, QgsFeatureSink, QgsFields

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

class _Rows:
    """rows[i] of the result values: from columns (lists, or callables col(i)) or from one
    callable values_of(i) -> list."""

    def __init__(self, columns, n):
        self.n = n
        if callable(columns):
            self.values_of = columns
        elif columns and any(callable(c) for c in columns):
            cols = list(columns)
            self.values_of = lambda i: [c(i) if callable(c) else c[i] for c in cols]
        else:
            rows = list(zip(*columns)) if columns else [()] * n
            self.values_of = rows.__getitem__

    def __getitem__(self, i):
        return _clean(self.values_of(i))


def write_features(source, fids, kept, columns, sink, context=None, feedback=None,
                   start=80.0, end=100.0, batch=5000, keep=None):
    """Copy the features of ``source`` (original geometry, the attributes at indices
    ``kept``) to ``sink``, followed by the result columns.

    ``columns``: one list per result field with a value per position in ``fids`` (e.g. from
    :func:`column`), or callables ``col(i)``, or one callable ``values_of(i) -> list``; every
    number goes through :func:`cell`. ``keep(i) -> bool`` writes only some rows (e.g. the
    underserved people). Features whose id is not in ``fids`` are not written. False when
    cancelled."""
    rows = _Rows(columns, len(fids))
    pos = None  # built only if the features do not come in reading order
    total = max(len(fids), 1)
    all_kept = list(kept) == list(range(source.fields().count()))
    buf = []
    for k, feat in enumerate(source.getFeatures()):
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
