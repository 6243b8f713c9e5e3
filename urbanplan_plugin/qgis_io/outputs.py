"""Result layers that copy the input: its features and fields, then the analysis's columns.

Every algorithm whose output is "the input features with new fields" (origins with walk times,
buildings with depths, population with coverage) writes through here, so NULL handling, field
clashes, batching and cancel behave the same everywhere."""
import math

import numpy as np
from qgis.core import QgsFeatureSink, QgsFields

from ..i18n import tr
from .qgis_compat import make_field


def _num(v):
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return v
    return None if math.isnan(f) else f


def column(values, kind="double"):
    """A result column as a Python list for setAttributes: NaN/None -> None (NULL), numbers as
    float or int. Strings and None pass through."""
    arr = np.asarray(values)
    if arr.dtype.kind in "fc":
        out = arr.astype(np.float64).astype(object)
        out[np.isnan(arr.astype(np.float64))] = None
        if kind == "int":
            return [None if v is None else int(v) for v in out.tolist()]
        return out.tolist()
    if arr.dtype.kind in "iub":
        return arr.astype(np.int64).tolist() if kind == "int" else arr.astype(float).tolist()
    return [None if v is None else v for v in arr.tolist()]


class _LazyRows:
    """rows[i] computed by a callable (the per-feature form of write_features)."""

    def __init__(self, values_of):
        self.values_of = values_of

    def __getitem__(self, i):
        return [_num(v) if not isinstance(v, str) else v for v in self.values_of(i)]


def write_features(source, fids, kept, columns, sink, context=None, feedback=None,
                   start=80.0, batch=5000):
    """Copy every feature of ``source`` (original geometry, the attributes at indices ``kept``)
    to ``sink`` followed by the result ``columns`` (lists of one value per position in
    ``fids``, e.g. from :func:`column`). Features go to the sink in batches.

    ``columns`` may also be a callable ``values_of(index) -> list`` (NaN written as NULL)."""
    pos = None  # built only if the second pass does not meet the features in reading order
    if callable(columns):
        values_of = columns
        rows = _LazyRows(values_of)
    else:
        rows = list(zip(*columns)) if columns else [()] * len(fids)
    total = max(len(fids), 1)
    all_kept = list(kept) == list(range(source.fields().count()))
    buf = []
    for k, feat in enumerate(source.getFeatures()):
        if k % 20000 == 0 and feedback is not None:
            if feedback.isCanceled():
                return False
            feedback.setProgress(start + (100.0 - start) * k / total)
        fid = feat.id()
        if pos is None and k < len(fids) and fids[k] == fid:
            i = k
        else:
            if pos is None:
                pos = {f: j for j, f in enumerate(fids)}
            i = pos.get(fid)
            if i is None:
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


def joined_fields(source_fields, extra, feedback=None):
    """(fields, kept): the source's fields plus extra (name, kind) fields. A source field with
    the name of a result field is replaced by the result (the log says so), so a result can be
    run again. ``kept`` = indices of the source fields copied."""
    names = {n.lower() for n, _ in extra}  # GeoPackage and shapefile names ignore case
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
