"""Processing parameters given as ``KEY=VALUE`` text, read the way ``qgis_process`` reads them.

KEYs are the Processing algorithm's parameter names (public API: ``ORIGINS``, ``NETWORK``,
``THRESHOLD_MIN``...). Values:

* layers and files: a path, ``path|layername=name`` for one layer of a multi-layer file;
* numbers: ``15`` or ``4.8``; booleans: ``true``/``false`` (also 1/0, yes/no);
* choices: the option's id, as in the Processing algorithms (``POLYGON_ACCESS=boundary``,
  ``DECAY=exponential``, ``PRESET=shanghai_life_circle``); the option number works too;
* several fields: ``GROUP_FIELDS=children,elderly``;
* an extent: ``xmin,xmax,ymin,ymax`` (QGIS's order) in the working CRS, optionally followed by
  `` [EPSG:xxxx]`` (only the working CRS is accepted);
* a table (matrix): its cells row by row, comma separated;
* output parameters (``OUTPUT``, ``SUMMARY``...) are ignored: a batch writes to ``--out``.
"""
from dataclasses import dataclass

from .errors import BatchError

TRUE = {"1", "true", "yes", "y", "on"}
FALSE = {"0", "false", "no", "n", "off", ""}


@dataclass
class Param:
    """One parameter: ``kind`` is layer, raster, file, field, fields, number, bool, enum (an
    index, ``options`` = count), choice (one of ``options()``), string, extent, matrix or
    output."""

    name: str
    kind: str
    default: object = None
    required: bool = False
    options: object = None


def parse_pairs(pairs):
    """{KEY: text} from ["KEY=VALUE", ...]; a repeated key is an error."""
    out = {}
    for item in pairs or ():
        if "=" not in item:
            raise BatchError("--param needs KEY=VALUE, got '{item}'.", item=item)
        key, value = item.split("=", 1)
        key = key.strip()
        if key in out:
            raise BatchError("Parameter {key} is given twice.", key=key)
        out[key] = value.strip()
    return out


def _number(p, text):
    try:
        return float(text)
    except ValueError:
        raise BatchError("Parameter {name} must be a number, got '{v}'.", name=p.name,
                         v=text) from None


def convert(p, value):
    """The typed value of parameter ``p`` from text (or an already typed value)."""
    if value is None or (isinstance(value, str) and value.strip() == "" and p.kind != "string"):
        return None
    if p.kind in ("layer", "raster", "file", "field", "string", "output"):
        return str(value)
    if p.kind == "number":
        return value if isinstance(value, (int, float)) else _number(p, str(value))
    if p.kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in TRUE:
            return True
        if text in FALSE:
            return False
        raise BatchError("Parameter {name} must be true or false, got '{v}'.", name=p.name,
                         v=value)
    if p.kind == "enum":
        # the same convention as the Processing algorithms: the option's id
        # (POLYGON_ACCESS=boundary) or, as older scripts write it, its number
        ids = list(p.options)
        text = str(value).strip()
        if text in ids:
            return ids.index(text)
        try:
            idx = int(text)
        except (TypeError, ValueError):
            idx = None
        if idx is None or not 0 <= idx < len(ids):
            raise BatchError("Parameter {name} must be one of {opts} (or the option number, 0 "
                             "to {n}), got '{v}'.", name=p.name, opts=", ".join(ids),
                             n=len(ids) - 1, v=value)
        return idx
    if p.kind == "choice":
        options = list(p.options()) if callable(p.options) else list(p.options or [])
        text = str(value)
        if text not in options:
            raise BatchError("Parameter {name} must be one of {opts}, got '{v}'.",
                             name=p.name, opts=", ".join(options), v=text)
        return text
    if p.kind == "fields":
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value if str(v).strip()]
        return [v.strip() for v in str(value).replace(";", ",").split(",") if v.strip()]
    if p.kind == "matrix":
        if isinstance(value, (list, tuple)):
            return list(value)
        return [v.strip() for v in str(value).split(",")]
    if p.kind == "extent":
        if isinstance(value, (list, tuple)):
            return tuple(float(v) for v in value)
        text = str(value)
        crs = None
        if "[" in text:
            text, crs = text.split("[", 1)
            crs = crs.strip().rstrip("]").strip()
        nums = [v for v in text.replace(" ", "").split(",") if v]
        if len(nums) != 4:
            raise BatchError("Parameter {name} must be 'xmin,xmax,ymin,ymax', got '{v}'.",
                             name=p.name, v=value)
        x0, x1, y0, y1 = (_number(p, v) for v in nums)
        return (x0, y0, x1, y1, crs)
    raise BatchError("Internal: unknown parameter kind {k}.", k=p.kind)


def read_parameters(specs, raw, algorithm):
    """{name: typed value} for every parameter of ``specs`` (defaults filled in). Unknown keys
    and missing required parameters are errors that list what is accepted."""
    by_name = {p.name: p for p in specs}
    unknown = sorted(set(raw) - set(by_name))
    if unknown:
        raise BatchError("{alg} has no parameter {keys}. Its parameters: {names}.",
                         alg=algorithm, keys=", ".join(unknown),
                         names=", ".join(p.name for p in specs if p.kind != "output"))
    values = {}
    for p in specs:
        if p.kind == "output":
            continue
        values[p.name] = convert(p, raw[p.name]) if p.name in raw else p.default
        if p.required and values[p.name] in (None, "", []):
            raise BatchError("{alg} needs the parameter {name} (--param {name}=...).",
                             alg=algorithm, name=p.name)
    return values
