"""Which OpenStreetMap ways can be walked.

Documented rule (shown in the algorithm help): a way is walkable when its ``highway`` value is in
:data:`WALKABLE_HIGHWAY` and it does not forbid pedestrians. ``foot=no`` or ``foot=private``
excludes it; ``access=no`` or ``access=private`` excludes it unless ``foot`` is ``yes``,
``designated`` or ``permissive``. ``foot=yes``/``designated`` re-admits a way whose highway type
is otherwise excluded (a trunk road with a sidewalk, for example). The value lists follow the OSM
wiki pages *Key:highway* and *Key:foot*.
"""
import re

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
