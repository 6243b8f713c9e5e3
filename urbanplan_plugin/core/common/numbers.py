"""Numbers as a planner reads them: one rule for the report, the Compare dock and the legends.

Whole numbers without decimals and with thousands separated ("4,522"); other values rounded by
size (one decimal from 1, two below, none from 100); shares as percentages with one decimal and
a percent sign without a space ("96.2%"); changes of a share in percentage points ("+6.6 pp");
a missing value (None, NaN, infinity) as an en dash."""
import math

MISSING = "–"


def _missing(v):
    return v is None or (isinstance(v, float) and not math.isfinite(v))


def decimals_for(v):
    """Decimals a value is shown with: none for whole numbers and from 100 on, one from 1, two
    below (3.066 -> 3.1, 0.273 -> 0.27, 1234.6 -> 1,235, 16.0 -> 16)."""
    a = abs(v)
    if (v == int(v) and a < 1e15) or a >= 100:
        return 0
    return 1 if a >= 1 else 2


def _drop_point_zero(text):
    return text[:-2] if text.endswith(".0") else text


def format_number(v, decimals=None):
    """``v`` with :func:`decimals_for` decimals (or ``decimals``: a change is shown as
    precisely as the values it is the difference of); a tiny non-zero value keeps two
    significant digits; "-0" reads "0"."""
    if _missing(v):
        return MISSING
    v = float(v)
    if decimals is None:
        if v != 0 and abs(v) < 0.01:
            return f"{v:.2g}"
        decimals = decimals_for(v)
    text = f"{v:,.{decimals}f}"
    if decimals == 1:
        text = _drop_point_zero(text)        # 3.04 min reads "3", not "3.0"
    return "0" if text.lstrip("-").strip("0.,") == "" else text


def format_percent(v, signed=False):
    """A percentage (0-100) with one decimal: "96.2%", "+1.5%" with ``signed``."""
    if _missing(v):
        return MISSING
    return f"{float(v):+.1f}%" if signed else f"{float(v):.1f}%"


def format_share(v, scale=100.0):
    """A share (``scale``: 100 for a fraction, 1 for a value already in percent), "99.1%",
    "95%" for a whole percentage."""
    if _missing(v):
        return MISSING
    return _drop_point_zero(f"{scale * float(v):.1f}") + "%"


def format_points(v, scale=100.0):
    """A change of a share in percentage points, signed: "+6.6 pp"; no change reads "0 pp"."""
    if _missing(v):
        return MISSING
    text = f"{scale * float(v):+.1f}"
    if text.lstrip("+-") == "0.0":
        return "0 pp"
    return _drop_point_zero(text) + " pp"


def format_change(v, base=None, scenario=None):
    """A change, signed, with the decimals of the values it is the difference of."""
    if _missing(v):
        return MISSING
    known = [float(x) for x in (base, scenario) if not _missing(x)]
    text = format_number(v, decimals=max(decimals_for(x) for x in known) if known else None)
    return text if text.startswith("-") or text == "0" else "+" + text


def format_bound(v):
    """A class bound in a legend (12, 7.5, 6.67, 0.25): at most two decimals, no trailing
    zeros."""
    text = f"{float(v):.2f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def format_value(value, fmt):
    """A value in a report format: int (thousands separated), num0..num3 (that many
    decimals), pct (a percentage 0-100), text; any other format: four significant digits."""
    if fmt == "text":
        return "" if value is None else str(value)
    if _missing(value):
        return MISSING
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if fmt == "int":
        return f"{v:,.0f}"
    if fmt == "pct":
        return format_percent(v)
    if fmt.startswith("num") and fmt[3:].isdigit():
        return f"{v:,.{int(fmt[3:])}f}"
    return f"{v:,.4g}"


__all__ = ["MISSING", "decimals_for", "format_number", "format_percent", "format_share",
           "format_points", "format_change", "format_bound", "format_value"]
