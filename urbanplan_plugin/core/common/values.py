"""The one rule for values written to a layer or a table: NaN and infinity become NULL (None);
numbers become Python floats or ints, rounded when asked. QGIS writers (``qgis_io.outputs``) and
the headless batch (``batch``) both write through it."""
import math

import numpy as np

INT_KINDS = ("int", "int64")


def cell(value, kind="double", digits=None):
    """A value for ``setAttributes``: None (NULL) for None, NaN and +-infinity; numbers as
    Python floats (ints for ``int``/``int64`` kinds), rounded to ``digits`` when given; text,
    booleans of text fields and other values pass unchanged."""
    if value is None or isinstance(value, str):
        return value
    if kind == "string":
        return str(value)
    try:
        f = float(value)
    except (TypeError, ValueError):
        return value
    if not math.isfinite(f):
        return None
    if kind in INT_KINDS:
        return int(round(f))
    return round(f, digits) if digits is not None else f


def column(values, kind="double", digits=None):
    """A result column as a Python list for setAttributes, by the rule of :func:`cell` (done
    with numpy for numeric arrays). Text columns pass through (None stays NULL)."""
    arr = np.asarray(values)
    if arr.dtype.kind in "fc":
        num = arr.astype(np.float64)
        bad = ~np.isfinite(num)
        if digits is not None:
            num = np.round(num, digits)
        if kind in INT_KINDS:
            out = np.where(bad, 0, np.rint(np.where(bad, 0.0, num))).astype(np.int64)
            out = out.astype(object)
        else:
            out = num.astype(object)
        out[bad] = None
        return out.tolist()
    if arr.dtype.kind in "iub":
        return arr.astype(np.int64).tolist() if kind in INT_KINDS else \
            arr.astype(np.float64).tolist()
    return [cell(v, kind, digits) for v in arr.tolist()]
