"""Which OpenStreetMap ways can be walked.

Documented rule (shown in the algorithm help): a way is walkable when its ``highway`` value is in
:data:`WALKABLE_HIGHWAY` and it does not forbid pedestrians. ``foot=no`` or ``foot=private``
excludes it; ``access=no`` or ``access=private`` excludes it unless ``foot`` is ``yes``,
``designated`` or ``permissive``. ``foot=yes``/``designated`` re-admits a way whose highway type
is otherwise excluded (a trunk road with a sidewalk, for example). The value lists follow the OSM
wiki pages *Key:highway* and *Key:foot*.
"""
import re

import numpy as np

WALKABLE_HIGHWAY = frozenset({
    "footway", "pedestrian", "path", "steps", "living_street", "residential", "service",
    "unclassified", "tertiary", "tertiary_link", "secondary", "secondary_link", "primary",
    "primary_link", "track", "cycleway", "corridor", "bridleway", "road", "crossing",
    "platform", "elevator",
})
"""Highway values a pedestrian may normally use."""

NOT_WALKABLE_HIGHWAY = frozenset({
    "motorway", "motorway_link", "trunk", "trunk_link", "construction", "proposed",
    "abandoned", "raceway", "bus_guideway", "escape", "busway", "disused",
})
"""Highway values closed to pedestrians unless ``foot=yes``/``designated`` says otherwise."""

FOOT_ALLOWED = frozenset({"yes", "designated", "permissive", "official"})
FOOT_FORBIDDEN = frozenset({"no", "private", "use_sidepath"})
ACCESS_FORBIDDEN = frozenset({"no", "private"})

_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_other_tags(text: str | None) -> dict[str, str]:
    """Parse GDAL's OSM ``other_tags`` column (``"k"=>"v","k2"=>"v2"``) into a dict."""
    if not text:
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _TAG.findall(str(text))}


def is_walkable(highway: str | None, tags: dict | None = None) -> bool:
    """True when a way with this ``highway`` value and these other tags may be walked."""
    tags = tags or {}
    foot = str(tags.get("foot", "") or "").strip().lower()
    access = str(tags.get("access", "") or "").strip().lower()
    hw = str(highway or "").strip().lower()
    if foot in FOOT_FORBIDDEN:
        return False
    if foot in FOOT_ALLOWED:
        return True
    if not hw or hw not in WALKABLE_HIGHWAY:
        return False
    if access in ACCESS_FORBIDDEN:
        return False
    return True


def filter_description() -> str:
    """One paragraph for the algorithm help."""
    return ("Walkable highway values: " + ", ".join(sorted(WALKABLE_HIGHWAY)) + ". Excluded: "
            + ", ".join(sorted(NOT_WALKABLE_HIGHWAY)) + ", and any way tagged foot=no/private, "
            "or access=no/private without foot=yes/designated/permissive.")


def tag_columns(other_tags, keys, direct=None):
    """The values of the OSM ``keys`` of many ways at once: ``{key: object array}`` (None where
    a way does not have the key), exactly as :func:`parse_other_tags` reads each way's
    ``other_tags`` text, with ``direct`` ``{key: values}`` (fields named like a key, None for
    NULL) winning where not NULL (as text).

    Only the ways whose text names one of the keys (``"key"=>``) are parsed: a way whose text
    does not hold that sequence cannot have the key (keys and values are quoted, and a quote
    inside them is escaped), so the parse of the rest is skipped -- one regular-expression scan
    over the whole column finds them."""
    keys = list(keys)
    texts = ["" if t is None else str(t) for t in other_tags]
    n = len(texts)
    cols = {k: np.full(n, None, dtype=object) for k in keys}
    if n and keys:
        pattern = re.compile("|".join(re.escape(f'"{k}"=>') for k in keys))
        lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=n)
        starts = np.cumsum(lengths) - lengths
        hits = np.fromiter((m.start() for m in pattern.finditer("\n".join(texts))),
                           dtype=np.int64)
        # a match never spans the separator: keys hold no line break
        for i in np.unique(np.searchsorted(starts, hits, side="right") - 1).tolist():
            parsed = parse_other_tags(texts[i])
            for k in keys:
                if k in parsed:
                    cols[k][i] = parsed[k]
    for k, values in (direct or {}).items():
        if k not in cols:
            continue
        vals = np.asarray(values, dtype=object)
        given = np.flatnonzero(vals != None)  # noqa: E711 - element-wise test on objects
        cols[k][given] = [str(v) for v in vals[given].tolist()]
    return cols


def judge_ways(highway, columns, judge):
    """``judge(highway, tags)`` of every way, called once per distinct combination of
    ``highway`` value and tags (``columns`` as from :func:`tag_columns`; ``tags`` holds the keys
    a way has, in the columns' order). Returns a list with one answer per way."""
    highway = list(highway)
    keys = list(columns)
    cols = [columns[k] for k in keys]
    n = len(highway)
    tagged = np.zeros(n, dtype=bool)
    for c in cols:
        tagged |= c != None  # noqa: E711 - element-wise test on objects
    out = [None] * n
    by_highway = {}
    cache = {}
    tagged_list = tagged.tolist()
    for i, hw in enumerate(highway):
        if not tagged_list[i]:
            if hw not in by_highway:
                by_highway[hw] = judge(hw, {})
            out[i] = by_highway[hw]
            continue
        vals = tuple(c[i] for c in cols)
        key = (hw, vals)
        if key not in cache:
            cache[key] = judge(hw, {k: v for k, v in zip(keys, vals) if v is not None})
        out[i] = cache[key]
    return out
