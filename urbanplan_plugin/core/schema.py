"""Every output field, summary column and summary number of every UrbanPlan algorithm, declared
once, as data.

Each :class:`Column` says what one field holds: its name (a fixed name, or a pattern such as
``time_<cat>_min`` with one placeholder for the per-category fields), the algorithm (``analysis``
= the Processing id) and output it belongs to, its storage kind, its unit, which direction is
better (for comparisons), what NULL means, a short English label (translated where it is shown,
in the QGIS glue, with ``tr(label)``), a sentence of meaning and, for the field a layer is drawn
by, the key of its style (``project.styles``). Summary numbers returned as algorithm outputs
(``POP_TOTAL`` ...) are public output names: they are listed under the output :data:`NUMBERS`.

Writers (``qgis_io.outputs``), compare and the scorecard (``core.scenarios``), the report
(``core.report``) and the styles (``project.styles``) all read this module: code names a field
through the constants below (``POP_WITHIN_PCT``), never by a literal, so renaming a field here is
enough. The names follow one rule (``tests/core/test_schema.py`` keeps it true):

* one unit per kind, the unit in the name: distances ``*_m``, times ``*_min``, shares in percent
  ``*_pct`` (fractions 0-1 only for damage fractions and probabilities, which are never called
  shares), areas ``*_m2``/``*_km2``, lengths ``*_km``;
* one name per concept: the people counted in a row are ``population``, those within the
  threshold ``pop_within``, the population group ``pop_group``; the same name means the same
  unit, direction and NULL meaning in every table;
* no reserved SQL word (``group`` broke ``ogrinfo -sql``);
* summary tables with a category column always have the rows :data:`ALL_CATEGORIES` and
  :data:`ANY_CATEGORY`, whatever the number of categories; zone ``all`` is the whole area and
  :data:`OUTSIDE_ZONES` the features in no zone.

No Qt, no QGIS here.
"""
import re
from dataclasses import dataclass

# ------------------------------------------------------------------------------------------
# row values shared by the summary tables
# ------------------------------------------------------------------------------------------

ALL = "all"
"""Zone / group value of the rows that count everyone (the whole area, every group)."""
ALL_CATEGORIES = "all_categories"
"""Category row: people within the threshold of every category."""
ANY_CATEGORY = "any_category"
"""Category row: people within the threshold of at least one category."""
OUTSIDE_ZONES = "(outside zones)"
"""Zone row of the features that lie in no zone polygon."""
NOT_EXPOSED = "not_exposed"
"""Depth class of features dry or shallower than the lowest class."""
OUTSIDE_HAZARD = "outside_hazard"
"""Depth class of features outside the hazard map."""

NUMBERS = "NUMBERS"
"""The pseudo-output of an algorithm's numeric outputs (its summary numbers)."""

# ------------------------------------------------------------------------------------------
# field names: code refers to fields through these constants (rename a field here)
# ------------------------------------------------------------------------------------------

# keys of summary rows
ZONE = "zone"
CATEGORY = "category"
POP_GROUP = "pop_group"
DEPTH_CLASS = "depth_class"
ROAD_CLASS = "road_class"

# people
POPULATION = "population"
POP_WITHIN = "pop_within"
POP_WITHIN_PCT = "pop_within_pct"
POP_REACHED = "pop_reached"
POP_UNREACHABLE = "pop_unreachable"

# walking access (fifteenminutecity, accessibilitygrid, supplydemand)
DIST_CAT_M = "dist_<cat>_m"
TIME_CAT_MIN = "time_<cat>_min"
N_WITHIN = "n_within"
WITHIN_CAT_GROUP = "within_<cat>"
NULL_REASON = "null_reason"
SCORE = "score"
MEDIAN_TIME_MIN = "median_time_min"
P90_TIME_MIN = "p90_time_min"
FACILITY_ID = "facility_id"
BAND_FROM_MIN = "band_from_min"
BAND_MIN = "band_min"
AREA_M2 = "area_m2"
CELL_ID = "cell_id"
SNAP_M = "snap_m"
NEAREST_MIN = "nearest_min"
OPPORTUNITIES = "opportunities"
GRAVITY = "gravity"
GRAVITY_TRUNC_MAX_PCT = "gravity_trunc_max_pct"
ACCESS_PER_1000 = "access_per_1000"
N_FACILITIES = "n_facilities"
DEMAND = "demand"
RATIO_PER_1000 = "ratio_per_1000"
N_LOCATIONS = "n_locations"

# public space (sdg1171, greenspacecoverage, suggestsites)
DIST_OPEN_SPACE_M = "dist_open_space_m"
WITHIN = "within"
DIST_OPEN_SPACE_GROUP_M = "dist_open_space_<group>_m"
WITHIN_GROUP = "within_<group>"
MEDIAN_DIST_M = "median_dist_m"
BUILTUP_M2 = "builtup_m2"
OPEN_SPACE_M2 = "open_space_m2"
STREET_M2 = "street_m2"
PUBLIC_SPACE_M2 = "public_space_m2"
OPEN_SPACE_SHARE_PCT = "open_space_share_pct"
STREET_SHARE_PCT = "street_share_pct"
PUBLIC_SPACE_SHARE_PCT = "public_space_share_pct"
OPEN_SPACE_FID = "open_space_fid"
DIST_CLASS_M = "dist_<class>_m"
COV_CLASS = "cov_<class>"
COVERED = "covered"
COVERED_GROUP = "covered_<group>"
NEAREST_PARK_M = "nearest_park_m"
REASON = "reason"
PARK_M2 = "park_m2"
PARK_M2_PER_RESIDENT = "park_m2_per_resident"
POP_COV_CLASS = "pop_cov_<class>"
POP_COVERED_ANY = "pop_covered_any"
POP_UNCOVERED = "pop_uncovered"
POP_UNCOVERED_PCT = "pop_uncovered_pct"
RANK = "rank"
CANDIDATE_FID = "candidate_fid"
MARGINAL_GAIN = "marginal_gain"
CUMULATIVE_COVERED = "cumulative_covered"
CUMULATIVE_SHARE_PCT = "cumulative_share_pct"
PRIORITY = "priority"
WEIGHTED_GAIN = "weighted_gain"

# flood (floodexposure, floodrisk, flooddisruption)
DEPTH_M = "depth_m"
EXPOSED = "exposed"
DEPTH_MEAN_M = "depth_mean_m"
WET_PCT = "wet_pct"
LENGTH_M = "length_m"
FLOODED_M = "flooded_m"
LEN_CLASS_M = "len_<class>_m"
POP_EXPOSED = "pop_exposed"
DISPLACED = "displaced"
FEATURES = "features"
ROAD_KM = "road_km"
AEP_WET = "aep_wet"
RP_WET = "rp_wet"
EAD = "ead"
EAD_FRACTION = "ead_fraction"
ASSET_VALUE = "asset_value"
DEPTH_RP_M = "depth_<rp>_m"
DAMAGE_RP = "damage_<rp>"
DMGFRAC_RP = "dmgfrac_<rp>"
WET_ANY = "wet_any"
EAD_FRACTION_MEAN = "ead_fraction_mean"
WET_RP = "wet_<rp>"
TIME_BEFORE_CAT_MIN = "time_before_<cat>_min"
TIME_AFTER_CAT_MIN = "time_after_<cat>_min"
LOST_CAT = "lost_<cat>"
LOST_ANY = "lost_any"
LOST_ANY_GROUP = "lost_any_<group>"
STREET_FLOODED = "street_flooded"
REACHED_BEFORE = "reached_before"
REACHED_AFTER = "reached_after"
CUT_OFF = "cut_off"
POP_WITHIN_BEFORE = "pop_within_before"
POP_WITHIN_AFTER = "pop_within_after"
POP_LOST_ACCESS = "pop_lost_access"
POP_LOST_PCT = "pop_lost_pct"
MEDIAN_TIME_BEFORE_MIN = "median_time_before_min"
MEDIAN_TIME_AFTER_MIN = "median_time_after_min"
EDGE_ID = "edge_id"
IMPASSABLE = "impassable"

# flood simulation (floodsimulation)
RAIN_M3 = "rain_m3"
STORED_M3 = "stored_m3"
OUTFLOW_M3 = "outflow_m3"
INFILTRATION_M3 = "infiltration_m3"
DRAINAGE_M3 = "drainage_m3"
RAIN_ON_BUILDINGS_M3 = "rain_on_buildings_m3"
MASS_BALANCE_ERROR_PCT = "mass_balance_error_pct"
MAX_DEPTH_M = "max_depth_m"
WET_M2 = "wet_m2"
FLOODED_DEPTH_M2 = "flooded_<depth>_m2"
SIMULATED_MIN = "simulated_min"
TIME_STEPS = "time_steps"
POP_FLOODED = "pop_flooded"
POP_FLOODED_LONG = "pop_flooded_long"
POP_STILL_FLOODED = "pop_still_flooded"
RECESSION_H = "recession_h"

# network
FROM_NODE = "from_node"
TO_NODE = "to_node"
COMPONENT = "component"
ANCHOR = "anchor"
HIGHWAY = "highway"
OTHER_TAGS = "other_tags"

# OSM destinations
OSM_ID = "osm_id"
NAME = "name"
ACCESS = "access"
OSM_LAYER = "osm_layer"

# scenarios (comparescenarios, scorecard, the compare dock's area changes)
FIELD_BASE = "<field>_base"
FIELD_SCEN = "<field>_scen"
FIELD_DELTA = "<field>_delta"
FIELD_STATUS = "<field>_status"
CHANGE = "change"
CHANGE_DETAIL = "change_detail"
FIELD = "field"
DIRECTION = "direction"
NULL_MEANS = "null_means"
N_ROWS = "n_rows"
N_BETTER = "n_better"
N_WORSE = "n_worse"
N_SAME = "n_same"
N_NULL_TO_VALUE = "n_null_to_value"
N_VALUE_TO_NULL = "n_value_to_null"
N_NULL_BOTH = "n_null_both"
N_UNMATCHED = "n_unmatched"
MEAN_BASE = "mean_base"
MEAN_SCENARIO = "mean_scenario"
MEAN_DELTA = "mean_delta"
POP_WEIGHTED_DELTA = "pop_weighted_delta"
POP_BETTER = "pop_better"
POP_WORSE = "pop_worse"
KEY = "key"
LENS = "lens"
ANALYSIS = "analysis"
INDICATOR = "indicator"
LABEL = "label"
BASELINE = "baseline"
SCENARIO = "scenario"
DELTA = "delta"
CHANGE_PCT = "change_pct"
VERDICT = "verdict"

# ------------------------------------------------------------------------------------------
# units
# ------------------------------------------------------------------------------------------

UNITS = {
    # unit: (what it is, the ending a field name of this unit must have, or None)
    "m": ("metres", r"_m$"),
    "min": ("minutes", r"_min$"),
    "h": ("hours", r"_h$"),
    "pct": ("percent (0-100)", r"_pct$"),
    "m2": ("square metres", r"_m2$"),
    "m3": ("cubic metres", r"_m3$"),
    "km": ("kilometres", r"_km$"),
    "km2": ("square kilometres", r"_km2$"),
    "per_1000": ("per 1 000 residents", r"_per_1000$"),
    "m2_per_person": ("square metres per resident", r"_m2_per_resident$"),
    "people": ("people (or the population field's unit)", None),
    "count": ("number of features, rows or categories", None),
    "flag": ("1 = yes, 0 = no", None),
    "score": ("index 0-100", None),
    "ratio": ("fraction 0-1 (damage fractions, probabilities; never a share)", None),
    "years": ("years", None),
    "money": ("the unit of the asset values", None),
    "money_per_year": ("the unit of the asset values per year", None),
    "index": ("sum of weight x decay (gravity access)", None),
    "weight": ("the unit of a weight field", None),
    "id": ("identifier", None),
    "text": ("text", None),
    "inherit": ("the unit of the compared field or indicator", None),
}

DIRECTIONS = ("higher", "lower", "none")
NULL_MEANINGS = ("worst", "best", "none")
KINDS = ("double", "int", "int64", "string")


@dataclass(frozen=True)
class Column:
    """One output field, summary column or summary number.

    ``name``: the field name, or a pattern with one ``<placeholder>`` (``time_<cat>_min``);
    ``better``: which direction is better (``higher``/``lower``/``none``); ``null_means``: what
    NULL stands for in a comparison (``worst`` = unreachable, ``best`` = dry/unaffected,
    ``none`` = missing); ``label``: short English label (may hold the placeholder in braces,
    ``{cat}``); ``style``: the style key of ``project.styles`` when the layer is drawn by this
    field; ``role``: ``key`` (names a summary row), ``id``, or ``value``."""

    analysis: str
    output: str
    name: str
    kind: str
    unit: str
    better: str = "none"
    null_means: str = "none"
    label: str = ""
    meaning: str = ""
    style: str = ""
    role: str = "value"

    @property
    def is_pattern(self):
        return "<" in self.name

    @property
    def placeholder(self):
        m = _PLACEHOLDER.search(self.name)
        return m.group(1) if m else None

    def matches(self, name):
        """The placeholder's value when ``name`` is this column ('' for a fixed name), else
        None. Case-insensitive (GeoPackage and shapefile names ignore case)."""
        low = str(name).lower()
        if not self.is_pattern:
            return "" if low == self.name.lower() else None
        m = _pattern_regex(self.name).match(low)
        return m.group(1) if m else None

    def named(self, value=None):
        """The field name (a pattern filled with ``value``)."""
        return fill(self.name, value) if self.is_pattern else self.name

    def label_for(self, value=None):
        """The English label with the placeholder filled in."""
        ph = self.placeholder
        return self.label.format(**{ph: value}) if ph and "{" in self.label else self.label


@dataclass(frozen=True)
class Table:
    """One output of an algorithm.

    ``geometry``: ``copy`` (the input features with their fields, then the result columns),
    ``table``, ``point``, ``line``, ``polygon`` or ``raster``; ``signature``: the declared names
    that recognise a layer as this output (all fixed names present, and a field for each
    pattern) -- tables are tried in declaration order, the first match wins; empty = never
    recognised by fields alone; ``style``: the style key of a layer drawn without a field;
    ``category_rows``: a summary table whose category column always has the rows
    :data:`ALL_CATEGORIES` and :data:`ANY_CATEGORY`."""

    analysis: str
    output: str
    geometry: str
    signature: tuple = ()
    style: str = ""
    category_rows: bool = False
    copies: str = ""
    notes: str = ""


_PLACEHOLDER = re.compile(r"<([a-z_]+)>")
_REGEX_CACHE = {}
PLACEHOLDER_VALUES = {"rp": r"rp\d+(?:_\d+)?"}
"""What a placeholder may stand for (default: any text): return period tags are rp10, rp2_5."""


def _pattern_regex(pattern):
    rx = _REGEX_CACHE.get(pattern)
    if rx is None:
        head, name, tail = _PLACEHOLDER.split(pattern.lower(), maxsplit=1)
        value = PLACEHOLDER_VALUES.get(name, r".+?")
        rx = re.compile("^" + re.escape(head) + "(" + value + ")" + re.escape(tail) + "$")
        _REGEX_CACHE[pattern] = rx
    return rx


def fill(pattern, value):
    """``fill("time_<cat>_min", "school")`` -> ``"time_school_min"``."""
    return _PLACEHOLDER.sub(lambda _m: str(value), pattern, count=1)


def match(pattern, name):
    """The placeholder's value of ``name`` in ``pattern`` (``"school"`` for
    ``time_school_min``), else None."""
    m = _pattern_regex(pattern).match(str(name).lower())
    return m.group(1) if m else None


def matching(names, pattern):
    """{value: name} of the ``names`` that fill ``pattern``, in their order."""
    out = {}
    for n in names:
        v = match(pattern, n)
        if v is not None:
            out[v] = n
    return out


# ------------------------------------------------------------------------------------------
# the outputs of every algorithm
# ------------------------------------------------------------------------------------------

TABLES = (
    # detection order: the more specific tables first (see core.report.model.detect_output)
    Table("fifteenminutecity", "SUMMARY", "table", category_rows=True,
          signature=(ZONE, CATEGORY, POP_GROUP, POP_WITHIN, POP_WITHIN_PCT, MEDIAN_TIME_MIN)),
    Table("flooddisruption", "SUMMARY", "table", category_rows=True,
          signature=(CATEGORY, POP_GROUP, POP_WITHIN_BEFORE, POP_WITHIN_AFTER, POP_LOST_ACCESS)),
    Table("flooddisruption", "FACILITIES", "copy", copies="DESTINATIONS",
          signature=(REACHED_BEFORE, REACHED_AFTER, CUT_OFF)),
    Table("flooddisruption", "EDGES", "line", signature=(EDGE_ID, LENGTH_M, DEPTH_M, IMPASSABLE)),
    Table("flooddisruption", "OUTPUT", "copy", copies="ORIGINS",
          signature=(LOST_ANY, STREET_FLOODED, TIME_BEFORE_CAT_MIN)),
    Table("fifteenminutecity", "OUTPUT", "copy", copies="ORIGINS",
          signature=(N_WITHIN, SCORE, TIME_CAT_MIN)),
    Table("servicearea", "OUTPUT", "polygon",
          signature=(FACILITY_ID, BAND_FROM_MIN, BAND_MIN, AREA_M2)),
    Table("accessibilitygrid", "OUTPUT", "polygon",
          signature=(CELL_ID, SNAP_M, NEAREST_MIN, OPPORTUNITIES, GRAVITY)),
    Table("supplydemand", "OUTPUT", "copy", copies="DEMAND",
          signature=(ACCESS_PER_1000, N_FACILITIES, NEAREST_MIN)),
    Table("supplydemand", "FACILITIES_OUTPUT", "copy", copies="SUPPLY",
          signature=(DEMAND, RATIO_PER_1000, N_LOCATIONS)),
    Table("sdg1171", "SUMMARY", "table",
          signature=(ZONE, POP_GROUP, POP_WITHIN, POP_WITHIN_PCT, PUBLIC_SPACE_SHARE_PCT)),
    Table("sdg1171", "OUTPUT", "copy", copies="POPULATION", signature=(DIST_OPEN_SPACE_M, WITHIN)),
    Table("sdg1171", "ACCESS_POINTS", "point", signature=(OPEN_SPACE_FID,), style="entrances"),
    Table("greenspacecoverage", "SUMMARY", "table",
          signature=(ZONE, POP_GROUP, PARK_M2_PER_RESIDENT, POP_COVERED_ANY, POP_UNCOVERED_PCT)),
    Table("greenspacecoverage", "UNDERSERVED", "copy", copies="POPULATION",
          signature=(NEAREST_PARK_M, REASON), style="underserved"),
    Table("greenspacecoverage", "OUTPUT", "copy", copies="POPULATION",
          signature=(COVERED, COV_CLASS)),
    Table("suggestsites", "OUTPUT", "point", style="sites",
          signature=(RANK, CANDIDATE_FID, MARGINAL_GAIN, CUMULATIVE_COVERED,
                     CUMULATIVE_SHARE_PCT)),
    Table("floodexposure", "SUMMARY", "table",
          signature=(ZONE, DEPTH_CLASS, POP_GROUP, ROAD_CLASS, FEATURES, DISPLACED, ROAD_KM)),
    Table("floodexposure", "OUTPUT", "copy", copies="EXPOSURE",
          signature=(DEPTH_M, DEPTH_CLASS, EXPOSED)),
    Table("floodrisk", "SUMMARY", "table",
          signature=(ZONE, FEATURES, WET_ANY, EAD, EAD_FRACTION_MEAN)),
    Table("floodrisk", "OUTPUT", "copy", copies="EXPOSURE",
          signature=(AEP_WET, RP_WET, EAD, EAD_FRACTION)),
    Table("floodextent", "OUTPUT", "raster",
          notes="a single-band water depth raster in metres, dry cells no data"),
    Table("floodsimulation", "SUMMARY", "table",
          signature=(RAIN_M3, STORED_M3, OUTFLOW_M3, MASS_BALANCE_ERROR_PCT)),
    Table("floodsimulation", "MAX_DEPTH", "raster",
          notes="peak water depth in metres over the simulation; nodata outside the model"),
    Table("floodsimulation", "MAX_VELOCITY", "raster", notes="peak velocity in m/s"),
    Table("floodsimulation", "HAZARD", "raster", notes="peak depth x velocity in m2/s"),
    Table("floodsimulation", "ARRIVAL_H", "raster",
          notes="hours until the depth first reached 1 cm; nodata where it never did"),
    Table("floodsimulation", "RECESSION_H", "raster",
          notes="hours from the peak until the depth fell below RECESSION_DEPTH_M; nodata "
                "where never that deep or still deeper at the end"),
    Table("comparescenarios", "SUMMARY", "table",
          signature=(FIELD, DIRECTION, N_BETTER, N_WORSE, MEAN_BASE, MEAN_SCENARIO)),
    Table("comparescenarios", "OUTPUT", "copy", copies="BASELINE (key and population fields)",
          signature=(CHANGE, CHANGE_DETAIL)),
    Table("comparescenarios", "AREA_CHANGES", "polygon", copies="the key field",
          notes="written by the compare dock for polygon results (areas gained and lost)"),
    Table("scorecard", "OUTPUT", "table",
          signature=(LENS, ANALYSIS, INDICATOR, BASELINE, SCENARIO, VERDICT)),
    Table("preparewalknetwork", "OUTPUT", "line",
          signature=(EDGE_ID, FROM_NODE, TO_NODE, LENGTH_M, COMPONENT), style="network"),
    Table("downloadosmnetwork", "OUTPUT", "line", style="network",
          notes="the same fields as preparewalknetwork's output (recognised as that)"),
    Table("osmdestinations", "OUTPUT", "point"),
    Table("osmdestinations", "OUTPUT_AREAS", "polygon"),
)


C = Column
F15, SA, AG, SD = "fifteenminutecity", "servicearea", "accessibilitygrid", "supplydemand"
SDG, GSC, SS = "sdg1171", "greenspacecoverage", "suggestsites"
FE, FX, FR, FD = "floodexposure", "floodextent", "floodrisk", "flooddisruption"
FS = "floodsimulation"
CMP, SC, NET, DL, OSM, REP = ("comparescenarios", "scorecard", "preparewalknetwork",
                              "downloadosmnetwork", "osmdestinations", "report")

COLUMNS = (
    # ---------------------------------------------------------------- fifteenminutecity
    C(F15, "OUTPUT", DIST_CAT_M, "double", "m", "lower", "worst",
      label="Walking distance to the nearest {cat} (m)",
      meaning="Walking distance along the network to the nearest destination of the category; "
              "NULL when the origin is off the network or nothing is found within the search "
              "horizon."),
    C(F15, "OUTPUT", TIME_CAT_MIN, "double", "min", "lower", "worst", style="walk_time",
      label="Walk time to the nearest {cat} (min)",
      meaning="The walking distance at the walking speed; NULL as for the distance."),
    C(F15, "OUTPUT", WITHIN_CAT_GROUP, "int", "flag", "higher", "none",
      label="{cat} within its threshold (1/0), with the group's travel profile",
      meaning="GROUP_PROFILES: 1 when the origin reaches the category within its threshold at "
              "the group's own travel profile (time_<cat>_<group>_min), 0 when not, NULL when "
              "the origin is off the network."),
    C(F15, "OUTPUT", NULL_REASON, "string", "text", label="Why a value is NULL",
      meaning="Why a value is NULL, one code per reason, several joined by ';': "
              "off_network (no kept street within the snap distance -- with a travel profile, "
              "no way it may use -- or no geometry), island (no destination of that kind on "
              "the feature's piece of network), beyond_horizon (one is on its piece but none "
              "within the search horizon), impassable (with a travel profile: its own way is "
              "too steep both ways). NULL when every value is there (core.network.fragments). "
              "With group profiles a group's own reasons follow as <group>:<reason>."),
    C(F15, "OUTPUT", N_WITHIN, "int", "count", "higher", "none",
      label="Categories within their threshold",
      meaning="How many categories the origin reaches within their thresholds."),
    C(F15, "OUTPUT", SCORE, "double", "score", "higher", "none", style="score",
      label="Walkability score (0–100)",
      meaning="Mean over the categories of 100 within the threshold, falling linearly to 0 at "
              "twice the threshold (weighted by the preset's weights)."),
    C(F15, "SUMMARY", ZONE, "string", "text", role="key", label="Zone",
      meaning="Zone name; 'all' = the whole area, '(outside zones)' = origins in no zone."),
    C(F15, "SUMMARY", CATEGORY, "string", "text", role="key", label="Category",
      meaning="Destination category; 'all_categories' = every category within its threshold, "
              "'any_category' = at least one."),
    C(F15, "SUMMARY", POP_GROUP, "string", "text", role="key", label="Group",
      meaning="Population group (a group field); 'all' = everyone."),
    C(F15, "SUMMARY", POPULATION, "double", "people", label="Population",
      meaning="People of the group at the origins of the zone (1 per origin without a "
              "population field)."),
    C(F15, "SUMMARY", POP_WITHIN, "double", "people", "higher",
      label="People within the threshold",
      meaning="People whose origin reaches the category within its threshold at the group's "
              "speed."),
    C(F15, "SUMMARY", POP_WITHIN_PCT, "double", "pct", "higher",
      label="Share within the threshold (%)",
      meaning="pop_within / population x 100; NULL when the population is 0."),
    C(F15, "SUMMARY", MEDIAN_TIME_MIN, "double", "min", "lower", "worst",
      label="Median walk time (min)",
      meaning="Population-weighted median walk time of the people who reach the category "
              "within the search horizon."),
    C(F15, "SUMMARY", P90_TIME_MIN, "double", "min", "lower", "worst",
      label="90th percentile walk time (min)",
      meaning="Population-weighted 90th percentile of the same walk times."),
    C(F15, "SUMMARY", POP_REACHED, "double", "people", "higher",
      label="People the walk times describe",
      meaning="People who reach the category within the search horizon (those the median "
              "and 90th percentile are taken over)."),
    C(F15, NUMBERS, "POP_TOTAL", "double", "people", label="Total population",
      meaning="Population of all origins."),
    C(F15, NUMBERS, "POP_SHARE_ALL_WITHIN", "double", "ratio", "higher",
      label="Share of the population within reach of every category (0-1)",
      meaning="Fraction (0-1) of POP_TOTAL within the threshold of every category (a public "
              "output name, kept as a fraction)."),
    C(F15, NUMBERS, "ORIGINS_OFF_NETWORK", "int", "count",
      label="Origins farther than the snap distance",
      meaning="Origins farther from the network than the largest snap distance."),
    # ---------------------------------------------------------------- servicearea
    C(SA, "OUTPUT", FACILITY_ID, "int64", "id", role="id", label="Facility (feature id)",
      meaning="Feature id of the facility (NULL when the areas are dissolved)."),
    C(SA, "OUTPUT", BAND_FROM_MIN, "double", "min", label="Band from (min)",
      meaning="Lower bound of the time band (0 for nested bands)."),
    C(SA, "OUTPUT", BAND_MIN, "double", "min", style="service_bands", label="Band (min)",
      meaning="Upper bound of the time band."),
    C(SA, "OUTPUT", AREA_M2, "double", "m2", "higher", label="Area (m²)",
      meaning="Area of the polygon."),
    C(SA, NUMBERS, "LARGEST_BAND_AREA_KM2", "double", "km2", "higher",
      label="Area within the largest band, all facilities (km²)",
      meaning="Area within the largest band of any facility."),
    C(SA, NUMBERS, "FACILITIES_USED", "int", "count", "higher",
      label="Facilities on the network", meaning="Facilities within the snap distance."),
    C(SA, NUMBERS, "FACILITIES_OFF_NETWORK", "int", "count",
      label="Facilities farther than the snap distance",
      meaning="Facilities left out: farther from the network than the snap distance."),
    # ---------------------------------------------------------------- accessibilitygrid
    C(AG, "OUTPUT", CELL_ID, "int64", "id", role="id", label="Cell",
      meaning="Number of the hexagon."),
    C(AG, "OUTPUT", SNAP_M, "double", "m", label="Distance from the cell centre to the "
      "network (m)", meaning="NULL when the centre is farther than the snap distance."),
    C(AG, "OUTPUT", NEAREST_MIN, "double", "min", "lower", "worst", style="walk_time",
      label="Walk to the nearest destination (min)",
      meaning="Walk time to the nearest destination of any category within the horizon."),
    C(AG, "OUTPUT", TIME_CAT_MIN, "double", "min", "lower", "worst",
      label="Walk time to the nearest {cat} (min)",
      meaning="Walk time to the nearest destination of the category within the horizon."),
    C(AG, "OUTPUT", OPPORTUNITIES, "double", "weight", "higher",
      label="Opportunities within the threshold",
      meaning="Sum of the destinations' weights within the threshold (cumulative "
              "opportunities)."),
    C(AG, "OUTPUT", GRAVITY, "double", "index", "higher", label="Gravity access",
      meaning="Sum of weight x decay(walk time) over the destinations up to the gravity "
              "cut-off (where the decay falls to 1 % of its start; GRAVITY_CUTOFF_MIN)."),
    C(AG, "OUTPUT", GRAVITY_TRUNC_MAX_PCT, "double", "pct", "lower",
      label="Gravity left out by the cut-off, at most (%)",
      meaning="Upper bound of the share of Hansen's full gravity sum that the cut-off leaves "
              "out, in %: every destination on the cell's piece of network beyond it weighs "
              "at most decay(cut-off). NULL off the network."),
    C(AG, "OUTPUT", NULL_REASON, "string", "text", label="Why a value is NULL",
      meaning="Why a value is NULL, one code per reason, several joined by ';': "
              "off_network (no kept street within the snap distance -- with a travel profile, "
              "no way it may use -- or no geometry), island (no destination of that kind on "
              "the feature's piece of network), beyond_horizon (one is on its piece but none "
              "within the search horizon), impassable (with a travel profile: its own way is "
              "too steep both ways). NULL when every value is there (core.network.fragments)."),
    C(AG, NUMBERS, "CELL_COUNT", "int", "count", label="Cells", meaning="Hexagons."),
    C(AG, NUMBERS, "CELLS_ON_NETWORK", "int", "count",
      label="Cells whose centre is on the network",
      meaning="Hexagons whose centre is within the snap distance."),
    C(AG, NUMBERS, "MEAN_OPPORTUNITIES", "double", "weight", "higher",
      label="Mean opportunities within the threshold",
      meaning="Mean of opportunities over the cells on the network."),
    C(AG, NUMBERS, "MEAN_GRAVITY", "double", "index", "higher", label="Mean gravity access",
      meaning="Mean of gravity over the cells on the network."),
    C(AG, NUMBERS, "MEAN_NEAREST_MIN", "double", "min", "lower",
      label="Mean walk to the nearest destination (min)",
      meaning="Mean of nearest_min over the cells that reach a destination."),
    C(AG, NUMBERS, "GRAVITY_CUTOFF_MIN", "double", "min", label="Gravity summed up to (min)",
      meaning="The walk time where the decay falls to 1 % of its start (at most 60 min): "
              "gravity sums the destinations up to it, whatever the search horizon."),
    C(AG, NUMBERS, "GRAVITY_TRUNC_MAX_PCT", "double", "pct", "lower",
      label="Largest share of a cell's full gravity sum left out (upper bound, %)",
      meaning="The largest gravity_trunc_max_pct over the cells."),
    # ---------------------------------------------------------------- supplydemand
    C(SD, "OUTPUT", ACCESS_PER_1000, "double", "per_1000", "higher", style="quantiles",
      label="Supply per 1 000 residents",
      meaning="Two-step floating catchment access: supply per 1 000 residents within the "
              "catchment."),
    C(SD, "OUTPUT", N_FACILITIES, "int", "count", "higher", label="Facilities in reach",
      meaning="Facilities within the catchment."),
    C(SD, "OUTPUT", NEAREST_MIN, "double", "min", "lower", "worst",
      label="Walk to the nearest destination (min)",
      meaning="Walk time to the nearest facility within the catchment."),
    C(SD, "FACILITIES_OUTPUT", DEMAND, "double", "people", label="Demand",
      meaning="Residents within the facility's catchment (decay-weighted)."),
    C(SD, "FACILITIES_OUTPUT", RATIO_PER_1000, "double", "per_1000", "higher",
      style="quantiles", label="Supply-to-demand ratio per 1 000",
      meaning="The facility's supply per 1 000 residents of its catchment."),
    C(SD, "FACILITIES_OUTPUT", N_LOCATIONS, "int", "count", label="Residential locations "
      "in reach", meaning="Demand locations within the catchment."),
    C(SD, NUMBERS, "TOTAL_SUPPLY", "double", "weight", "higher", label="Total supply",
      meaning="Sum of the supply field."),
    C(SD, NUMBERS, "SUPPLY_REACHING_RESIDENTS", "double", "weight", "higher",
      label="Supply of facilities with residents in their catchment",
      meaning="Supply of the facilities that reach at least one resident."),
    C(SD, NUMBERS, "TOTAL_POPULATION", "double", "people", label="Total population",
      meaning="Sum of the population field."),
    C(SD, NUMBERS, "POPULATION_WITH_ACCESS", "double", "people", "higher",
      label="Population with at least one facility in reach",
      meaning="Residents with at least one facility within the catchment."),
    C(SD, NUMBERS, "SHARE_WITH_ACCESS", "double", "ratio", "higher",
      label="Share of the population (on the network) with a facility in reach (0-1)",
      meaning="Fraction (0-1) of the residents on the network with a facility in reach (a "
              "public output name, kept as a fraction)."),
    C(SD, NUMBERS, "MEAN_ACCESS_PER_1000", "double", "per_1000", "higher",
      label="Population-weighted mean supply per 1 000 residents",
      meaning="Population-weighted mean of access_per_1000; always 1 000 x the supply "
              "reaching residents / the people on the network (2SFCA shares supply out), so it "
              "says nothing about who gets it: see the distribution numbers."),
    C(SD, NUMBERS, "OVERALL_RATIO_PER_1000", "double", "per_1000", "higher",
      label="Total supply per 1 000 residents (whole area)",
      meaning="TOTAL_SUPPLY per 1 000 of TOTAL_POPULATION."),
    C(SD, NUMBERS, "ACCESS_P10_PER_1000", "double", "per_1000", "higher",
      label="Supply per 1 000 residents: 10th percentile of people",
      meaning="Population-weighted 10th percentile (lower weighted quantile) of "
              "access_per_1000 over the people on the network."),
    C(SD, NUMBERS, "ACCESS_MEDIAN_PER_1000", "double", "per_1000", "higher",
      label="Supply per 1 000 residents: median of people",
      meaning="Population-weighted median of access_per_1000 over the people on the "
              "network."),
    C(SD, NUMBERS, "ACCESS_P90_PER_1000", "double", "per_1000", "higher",
      label="Supply per 1 000 residents: 90th percentile of people",
      meaning="Population-weighted 90th percentile of access_per_1000 over the people on the "
              "network."),
    C(SD, NUMBERS, "STANDARD_PER_1000", "double", "per_1000",
      label="Standard compared with (supply per 1 000 residents)",
      meaning="The STANDARD_PER_1000 parameter (a planning norm), else OVERALL_RATIO_PER_1000 "
              "(what an even spread would give everyone)."),
    C(SD, NUMBERS, "POP_BELOW_STANDARD_PCT", "double", "pct", "lower",
      label="People (on the network) below the standard (%)",
      meaning="People on the network whose access_per_1000 is below STANDARD_PER_1000, in % "
              "of the people on the network."),
    C(SD, NUMBERS, "GINI_ACCESS", "double", "ratio", "lower",
      label="Gini coefficient of supply per resident over people (0-1)",
      meaning="Gini coefficient (0-1) of access_per_1000 over the people on the network, from "
              "the Lorenz curve: 0 everyone the same, 1 all of it at one place (Delbosc & "
              "Currie 2011)."),
    # ---------------------------------------------------------------- sdg1171
    C(SDG, "OUTPUT", DIST_OPEN_SPACE_M, "double", "m", "lower", "worst",
      label="Walking distance to the nearest open public space (m)",
      meaning="Walk along the network to the nearest open space entrance; NULL off the "
              "network or when none is reachable."),
    C(SDG, "OUTPUT", WITHIN, "int", "flag", "higher", style="coverage",
      label="Within walking distance of open space",
      meaning="1 when dist_open_space_m is at most the distance (400 m), 0 when farther, NULL "
              "off the network."),
    C(SDG, "OUTPUT", DIST_OPEN_SPACE_GROUP_M, "double", "m", "lower", "worst",
      label="Walking distance to the nearest open public space for {group} (m)",
      meaning="GROUP_PROFILES: the walk to the nearest open space with the group's own travel "
              "profile (its ways, slopes, entrances); NULL as dist_open_space_m."),
    C(SDG, "OUTPUT", WITHIN_GROUP, "int", "flag", "higher",
      label="Within walking distance of open space for {group}",
      meaning="GROUP_PROFILES: 1 when dist_open_space_<group>_m is at most the distance, 0 "
              "when farther, NULL when the group's profile reaches no open space."),
    C(SDG, "OUTPUT", NULL_REASON, "string", "text", label="Why a value is NULL",
      meaning="Why a value is NULL, one code per reason, several joined by ';': "
              "off_network (no kept street within the snap distance -- with a travel profile, "
              "no way it may use -- or no geometry), island (no destination of that kind on "
              "the feature's piece of network), beyond_horizon (one is on its piece but none "
              "within the search horizon), impassable (with a travel profile: its own way is "
              "too steep both ways). NULL when every value is there (core.network.fragments). "
              "With group profiles a group's own reasons follow as <group>:<reason>."),
    C(SDG, "SUMMARY", ZONE, "string", "text", role="key", label="Zone",
      meaning="Zone name; 'all' = the whole area, '(outside zones)' = people in no zone."),
    C(SDG, "SUMMARY", POP_GROUP, "string", "text", role="key", label="Group",
      meaning="Population group ('field=value' for text group fields); 'all' = everyone."),
    C(SDG, "SUMMARY", POPULATION, "double", "people", label="Population",
      meaning="People of the group in the zone."),
    C(SDG, "SUMMARY", POP_WITHIN, "double", "people", "higher",
      label="People within the threshold",
      meaning="People within the walking distance of an open public space."),
    C(SDG, "SUMMARY", POP_WITHIN_PCT, "double", "pct", "higher",
      label="Share within the threshold (%)", meaning="pop_within / population x 100."),
    C(SDG, "SUMMARY", POP_UNREACHABLE, "double", "people", "lower",
      label="People off the network",
      meaning="People farther from the network than the snap distance."),
    C(SDG, "SUMMARY", MEDIAN_DIST_M, "double", "m", "lower", "worst",
      label="Median walking distance to an open space (m)",
      meaning="Population-weighted median of dist_open_space_m."),
    C(SDG, "SUMMARY", BUILTUP_M2, "double", "m2", label="Built-up area (m²)",
      meaning="Built-up area in the zone (whole area: all of it)."),
    C(SDG, "SUMMARY", OPEN_SPACE_M2, "double", "m2", "higher", label="Open space (m²)",
      meaning="Open public space inside the built-up area."),
    C(SDG, "SUMMARY", STREET_M2, "double", "m2", "higher", label="Streets (m²)",
      meaning="Street area inside the built-up area, not counted as open space."),
    C(SDG, "SUMMARY", PUBLIC_SPACE_M2, "double", "m2", "higher", label="Public space (m²)",
      meaning="Open space plus streets."),
    C(SDG, "SUMMARY", OPEN_SPACE_SHARE_PCT, "double", "pct", "higher",
      label="Open space share of the built-up area (%)",
      meaning="open_space_m2 / builtup_m2 x 100."),
    C(SDG, "SUMMARY", STREET_SHARE_PCT, "double", "pct", "higher",
      label="Street share of the built-up area (%)", meaning="street_m2 / builtup_m2 x 100."),
    C(SDG, "SUMMARY", PUBLIC_SPACE_SHARE_PCT, "double", "pct", "higher",
      label="Public space share of the built-up area (%)",
      meaning="public_space_m2 / builtup_m2 x 100 (SDG 11.7.1 a)."),
    C(SDG, "ACCESS_POINTS", OPEN_SPACE_FID, "int64", "id", role="id",
      label="Open space (feature id)", meaning="Feature id of the open space entered here."),
    C(SDG, NUMBERS, "OPEN_SPACE_SHARE_PCT", "double", "pct", "higher",
      label="Open space share of the built-up area (%)", meaning="As the summary column."),
    C(SDG, NUMBERS, "STREET_SHARE_PCT", "double", "pct", "higher",
      label="Street share of the built-up area (%)", meaning="As the summary column."),
    C(SDG, NUMBERS, "PUBLIC_SPACE_SHARE_PCT", "double", "pct", "higher",
      label="Public space share of the built-up area (%)", meaning="As the summary column."),
    C(SDG, NUMBERS, "POP_WITHIN_PCT", "double", "pct", "higher",
      label="Population within the distance of an open space (%)",
      meaning="As the summary column pop_within_pct of zone and group 'all'."),
    C(SDG, NUMBERS, "POPULATION", "double", "people", label="Total population",
      meaning="Population of all features."),
    C(SDG, NUMBERS, "BUILTUP_AREA_KM2", "double", "km2", label="Built-up area (km²)",
      meaning="Built-up area."),
    # ---------------------------------------------------------------- greenspacecoverage
    C(GSC, "OUTPUT", DIST_CLASS_M, "double", "m", "lower", "worst",
      label="Walking distance to the nearest park of class {class} (m)",
      meaning="Walk to the nearest park of the class (or larger); NULL off the network or "
              "when none is reachable."),
    C(GSC, "OUTPUT", COV_CLASS, "int", "flag", "higher",
      label="Covered by a park of class {class}",
      meaning="1 within the class's service distance, 0 beyond, NULL off the network."),
    C(GSC, "OUTPUT", COVERED, "int", "flag", "higher", style="coverage",
      label="Covered by a park", meaning="1 when covered by a park of any class."),
    C(GSC, "OUTPUT", COVERED_GROUP, "int", "flag", "higher",
      label="Covered by a park for {group}",
      meaning="GROUP_PROFILES: 1 when a park of some class is within its service distance "
              "with the group's own travel profile (dist_<class>_<group>_m and "
              "cov_<class>_<group> per class), 0 when not, NULL off the network."),
    C(GSC, "UNDERSERVED", NEAREST_PARK_M, "double", "m", "lower", "worst",
      label="Walking distance to the nearest park (m)",
      meaning="Walk to the nearest park of any class; NULL when none is reachable."),
    C(GSC, "UNDERSERVED", REASON, "string", "text", label="Reason",
      meaning="Why the feature is not covered."),
    C(GSC, "SUMMARY", ZONE, "string", "text", role="key", label="Zone",
      meaning="Zone name; 'all' = the whole area, '(outside zones)' = people in no zone."),
    C(GSC, "SUMMARY", POP_GROUP, "string", "text", role="key", label="Group",
      meaning="Population group; 'all' = everyone."),
    C(GSC, "SUMMARY", POPULATION, "double", "people", label="Population",
      meaning="People of the group in the zone."),
    C(GSC, "SUMMARY", PARK_M2, "double", "m2", "higher", label="Park area (m²)",
      meaning="Park area in the zone (rows of group 'all' only)."),
    C(GSC, "SUMMARY", PARK_M2_PER_RESIDENT, "double", "m2_per_person", "higher",
      label="Park area per resident (m²)", meaning="park_m2 / population."),
    C(GSC, "SUMMARY", POP_COV_CLASS, "double", "people", "higher",
      label="People covered by a park of class {class}",
      meaning="People within the service distance of a park of the class."),
    C(GSC, "SUMMARY", POP_COVERED_ANY, "double", "people", "higher",
      label="People covered by a park of some class",
      meaning="People covered by a park of any class."),
    C(GSC, "SUMMARY", POP_UNCOVERED, "double", "people", "lower",
      label="People not covered", meaning="population - pop_covered_any."),
    C(GSC, "SUMMARY", POP_UNCOVERED_PCT, "double", "pct", "lower",
      label="People not covered (%)", meaning="pop_uncovered / population x 100."),
    C(GSC, "SUMMARY", POP_UNREACHABLE, "double", "people", "lower",
      label="People off the network",
      meaning="People farther from the network than the snap distance."),
    C(GSC, NUMBERS, "POPULATION", "double", "people", label="Total population",
      meaning="Population of all features."),
    C(GSC, NUMBERS, "POP_COVERED_PCT", "double", "pct", "higher",
      label="Population covered by any park class (%)",
      meaning="pop_covered_any / population x 100 (zone and group 'all')."),
    C(GSC, NUMBERS, "SHARE_UNCOVERED_PCT", "double", "pct", "lower",
      label="Population not covered (%)",
      meaning="As the summary column pop_uncovered_pct (a public output name)."),
    C(GSC, NUMBERS, "PARK_M2_PER_RESIDENT", "double", "m2_per_person", "higher",
      label="Park area per resident (m²)", meaning="As the summary column."),
    # ---------------------------------------------------------------- suggestsites
    C(SS, "OUTPUT", RANK, "int", "count", label="Rank", meaning="Order of choice (1 = first)."),
    C(SS, "OUTPUT", CANDIDATE_FID, "int64", "id", role="id", label="Candidate (feature id)",
      meaning="Feature id of the candidate (NULL for free placement)."),
    C(SS, "OUTPUT", MARGINAL_GAIN, "double", "people", "higher",
      label="People newly within reach",
      meaning="People brought within reach by this site, after the sites before it."),
    C(SS, "OUTPUT", CUMULATIVE_COVERED, "double", "people", "higher",
      label="People added, cumulative", meaning="People added by the sites 1..rank."),
    C(SS, "OUTPUT", CUMULATIVE_SHARE_PCT, "double", "pct", "higher",
      label="Share within reach after this site (%)",
      meaning="People within reach after the sites 1..rank (existing facilities included), "
              "in % of all people."),
    C(SS, "OUTPUT", PRIORITY, "double", "weight", label="Priority",
      meaning="The candidate's priority weight (1 without a priority field)."),
    C(SS, "OUTPUT", WEIGHTED_GAIN, "double", "people", "higher", label="Weighted gain",
      meaning="marginal_gain x priority: what the greedy choice maximised."),
    C(SS, NUMBERS, "SITES", "int", "count", label="Number of sites returned",
      meaning="Sites chosen."),
    C(SS, NUMBERS, "COVERED_BEFORE_PCT", "double", "pct", "higher",
      label="Population within reach before (%)", meaning="Before the new sites."),
    C(SS, NUMBERS, "COVERED_AFTER_PCT", "double", "pct", "higher",
      label="Population within reach with the new sites (%)", meaning="With the new sites."),
    C(SS, NUMBERS, "NEW_COVERED", "double", "people", "higher",
      label="People newly within reach", meaning="Sum of marginal_gain."),
    # ---------------------------------------------------------------- floodexposure
    C(FE, "OUTPUT", DEPTH_M, "double", "m", "lower", "best", label="Water depth (m)",
      meaning="Water depth at the feature (points: the cell; lines and polygons: the deepest "
              "cell); NULL when dry, outside the hazard or when the hazard gives classes."),
    C(FE, "OUTPUT", DEPTH_CLASS, "string", "text", style="depth_classes",
      label="Depth class",
      meaning="Depth class of the depth; 'not_exposed', or NULL outside the hazard."),
    C(FE, "OUTPUT", EXPOSED, "int", "flag", "lower", label="In a flood class",
      meaning="1 in a flood class, 0 dry, NULL outside the hazard."),
    C(FE, "OUTPUT", DEPTH_MEAN_M, "double", "m", "lower", "best",
      label="Mean water depth over the footprint (m)",
      meaning="Polygons: mean depth over the footprint cells, dry cells counted as 0."),
    C(FE, "OUTPUT", WET_PCT, "double", "pct", "lower", "best",
      label="Footprint in a flood class (%)",
      meaning="Polygons: share of the footprint cells in a flood class, in %."),
    C(FE, "OUTPUT", LENGTH_M, "double", "m", label="Length (m)",
      meaning="Lines: length of the feature."),
    C(FE, "OUTPUT", FLOODED_M, "double", "m", "lower", "best", label="Flooded length (m)",
      meaning="Lines: length in a flood class."),
    C(FE, "OUTPUT", LEN_CLASS_M, "double", "m", "lower", "best",
      label="Length in class {class} (m)", meaning="Lines: length in the depth class."),
    C(FE, "OUTPUT", POP_EXPOSED, "double", "people", "lower", label="People exposed",
      meaning="People of the feature in a flood class (area-weighted for polygons when "
              "asked)."),
    C(FE, "OUTPUT", DISPLACED, "double", "people", "lower", label="Displaced",
      meaning="People exposed x the class's displacement rate (an estimate)."),
    C(FE, "OUTPUT", ZONE, "string", "text", label="Zone",
      meaning="Zone of the feature (NULL outside the zones)."),
    C(FE, "SUMMARY", ZONE, "string", "text", role="key", label="Zone",
      meaning="Zone name; 'all' = the whole area, '(outside zones)' = features in no zone."),
    C(FE, "SUMMARY", DEPTH_CLASS, "string", "text", role="key", label="Depth class",
      meaning="Depth class; 'not_exposed' and 'outside_hazard' rows too."),
    C(FE, "SUMMARY", POP_GROUP, "string", "text", role="key", label="Group",
      meaning="Population group; 'all' = everyone, 'population_raster' = counted on the "
              "population raster."),
    C(FE, "SUMMARY", ROAD_CLASS, "string", "text", role="key", label="Road class",
      meaning="Road class (lines with a road class field)."),
    C(FE, "SUMMARY", FEATURES, "int", "count", label="Features",
      meaning="Exposure features in the row."),
    C(FE, "SUMMARY", POPULATION, "double", "people", label="Population",
      meaning="People of the group in the row's features."),
    C(FE, "SUMMARY", DISPLACED, "double", "people", "lower", label="Displaced",
      meaning="People x the class's displacement rate."),
    C(FE, "SUMMARY", ROAD_KM, "double", "km", label="Road length (km)",
      meaning="Length of road in the row's class."),
    C(FE, NUMBERS, "EXPOSED_COUNT", "int", "count", "lower",
      label="Exposure features in a flood class", meaning="Features in a flood class."),
    C(FE, NUMBERS, "EXPOSED_POPULATION", "double", "people", "lower",
      label="Exposed population", meaning="People in a flood class."),
    C(FE, NUMBERS, "MAX_DEPTH_M", "double", "m", "lower",
      label="Deepest water at an exposure feature (m)", meaning="Maximum of depth_m."),
    C(FE, NUMBERS, "EXPOSED_ROAD_KM", "double", "km", "lower",
      label="Flooded road length (km)", meaning="Sum of flooded_m in km."),
    C(FE, NUMBERS, "EXPOSED_POPULATION_RASTER", "double", "people", "lower",
      label="Exposed population counted on the population raster",
      meaning="People of the population raster in a flood class."),
    # ---------------------------------------------------------------- floodextent
    C(FX, NUMBERS, "FLOODED_AREA_M2", "double", "m2", "lower", label="Flooded area (m²)",
      meaning="Area of the wet cells."),
    C(FX, NUMBERS, "MAX_DEPTH_M", "double", "m", "lower", label="Maximum water depth (m)",
      meaning="Deepest water."),
    C(FX, NUMBERS, "FLOODED_CELLS", "int", "count", "lower", label="Flooded cells",
      meaning="Wet cells."),
    C(FX, NUMBERS, "FLOODED_VOLUME_M3", "double", "m3", "lower", label="Water volume (m³)",
      meaning="Sum of depth x cell area."),
    # ---------------------------------------------------------------- floodsimulation
    C(FS, "SUMMARY", RAIN_M3, "double", "m3", label="Rain on the grid (m³)",
      meaning="Rain that fell on the simulated cells (not on buildings or nodata)."),
    C(FS, "SUMMARY", STORED_M3, "double", "m3", "lower", label="Water on the grid at the end (m³)",
      meaning="Water still standing on the grid when the simulation ends."),
    C(FS, "SUMMARY", OUTFLOW_M3, "double", "m3", label="Outflow through open edges (m³)",
      meaning="Water that left through the open raster edges."),
    C(FS, "SUMMARY", INFILTRATION_M3, "double", "m3", label="Infiltration (m³)",
      meaning="Water lost to infiltration."),
    C(FS, "SUMMARY", DRAINAGE_M3, "double", "m3", "higher", label="Drained by sewers (m³)",
      meaning="Water removed by the drainage capacity (a constant sink, no pipe model)."),
    C(FS, "SUMMARY", RAIN_ON_BUILDINGS_M3, "double", "m3",
      label="Rain on buildings, not routed (m³)",
      meaning="Rain on obstacle cells, assumed to leave through roof drainage."),
    C(FS, "SUMMARY", MASS_BALANCE_ERROR_PCT, "double", "pct",
      label="Mass-balance error (%)",
      meaning="(rain - stored - outflow - losses) / rain x 100: round-off, near 0."),
    C(FS, "SUMMARY", MAX_DEPTH_M, "double", "m", "lower", label="Maximum water depth (m)",
      meaning="Deepest water anywhere at any time."),
    C(FS, "SUMMARY", WET_M2, "double", "m2", "lower", label="Area ever wet (m²)",
      meaning="Area whose peak depth reached 1 cm."),
    C(FS, "SUMMARY", FLOODED_DEPTH_M2, "double", "m2", "lower",
      label="Area flooded at least {depth} deep (m²)",
      meaning="Area whose peak depth reached the depth (10cm = 0.1 m)."),
    C(FS, "SUMMARY", SIMULATED_MIN, "double", "min", label="Simulated time (min)",
      meaning="Length of the simulation."),
    C(FS, "SUMMARY", TIME_STEPS, "int", "count", label="Time steps",
      meaning="Time steps the simulation took (its cost)."),
    C(FS, "SUMMARY", POP_FLOODED, "double", "people", "lower",
      label="People flooded",
      meaning="People (POPULATION) whose cell's peak depth reached RECESSION_DEPTH_M."),
    C(FS, "SUMMARY", POP_FLOODED_LONG, "double", "people", "lower",
      label="People flooded for MIN_HOURS or longer",
      meaning="People flooded whose cell's recession time is at least MIN_HOURS, or still "
              "flooded at the end and wet for MIN_HOURS or more."),
    C(FS, "SUMMARY", POP_STILL_FLOODED, "double", "people", "lower",
      label="People still flooded at the end",
      meaning="People whose cell was deeper than RECESSION_DEPTH_M at the end."),
    C(FS, "MAX_DEPTH", MAX_DEPTH_M, "double", "m", "lower",
      label="Maximum water depth (m)",
      meaning="A cell of the MAX_DEPTH raster: its peak depth (the compare dock's difference "
              "raster is scenario minus baseline)."),
    C(FS, "RECESSION_H", RECESSION_H, "double", "h", "lower",
      label="Recession time (hours)",
      meaning="A cell of the RECESSION_H raster: hours from its peak until the depth fell below "
              "RECESSION_DEPTH_M (compared as 0 where never that deep; no value where still "
              "deeper at the end)."),
    C(FS, NUMBERS, "MAX_DEPTH_M", "double", "m", "lower", label="Maximum water depth (m)",
      meaning="As max_depth_m."),
    C(FS, NUMBERS, "FLOODED_AREA_M2", "double", "m2", "lower",
      label="Area flooded 10 cm or deeper (m²)", meaning="As flooded_10cm_m2."),
    C(FS, NUMBERS, "RAIN_VOLUME_M3", "double", "m3", label="Rain on the grid (m³)",
      meaning="As rain_m3."),
    C(FS, NUMBERS, "OUTFLOW_VOLUME_M3", "double", "m3", label="Outflow (m³)",
      meaning="As outflow_m3."),
    C(FS, NUMBERS, "MASS_BALANCE_ERROR_PCT", "double", "pct", label="Mass-balance error (%)",
      meaning="As mass_balance_error_pct."),
    C(FS, NUMBERS, "POP_FLOODED", "double", "people", "lower", label="People flooded",
      meaning="As pop_flooded; NULL without POPULATION."),
    C(FS, NUMBERS, "POP_FLOODED_LONG", "double", "people", "lower",
      label="People flooded for MIN_HOURS or longer",
      meaning="As pop_flooded_long; NULL without POPULATION."),
    # ---------------------------------------------------------------- floodrisk
    C(FR, "OUTPUT", AEP_WET, "double", "ratio", "lower", "best",
      label="Annual chance of getting wet (0-1)",
      meaning="Annual exceedance probability of the rarest event that still wets the "
              "feature (1 / return period)."),
    C(FR, "OUTPUT", RP_WET, "double", "years", "higher", "best",
      label="Return period of getting wet (years)",
      meaning="Return period of the most frequent event that wets the feature; NULL when "
              "no event does."),
    C(FR, "OUTPUT", EAD, "double", "money_per_year", "lower", style="ead",
      label="Expected annual damage",
      meaning="Expected annual damage (integral of damage over the annual probability)."),
    C(FR, "OUTPUT", EAD_FRACTION, "double", "ratio", "lower",
      label="Expected annual damage (fraction of value)",
      meaning="Expected annual damage as a fraction (0-1) of the feature's value."),
    C(FR, "OUTPUT", ASSET_VALUE, "double", "money", label="Asset value",
      meaning="The feature's value (value field or value per m² x area)."),
    C(FR, "OUTPUT", DEPTH_RP_M, "double", "m", "lower", "best",
      label="Water depth, event {rp} (m)", meaning="Depth in the event of that return period."),
    C(FR, "OUTPUT", DAMAGE_RP, "double", "money", "lower", label="Damage, event {rp}",
      meaning="Damage in the event."),
    C(FR, "OUTPUT", DMGFRAC_RP, "double", "ratio", "lower",
      label="Damage fraction, event {rp}",
      meaning="Damage as a fraction (0-1) of the value in the event (the damage curve)."),
    C(FR, "OUTPUT", ZONE, "string", "text", label="Zone",
      meaning="Zone of the feature (NULL outside the zones)."),
    C(FR, "SUMMARY", ZONE, "string", "text", role="key", label="Zone",
      meaning="Zone name; 'all' = the whole area, '(outside zones)' = features in no zone."),
    C(FR, "SUMMARY", FEATURES, "int", "count", label="Features",
      meaning="Exposure features in the zone."),
    C(FR, "SUMMARY", WET_ANY, "int", "count", "lower",
      label="Features wet in at least one event", meaning="Features wet in some event."),
    C(FR, "SUMMARY", ASSET_VALUE, "double", "money", label="Asset value",
      meaning="Sum of the features' values."),
    C(FR, "SUMMARY", EAD, "double", "money_per_year", "lower", label="Expected annual damage",
      meaning="Sum of the features' expected annual damage."),
    C(FR, "SUMMARY", EAD_FRACTION_MEAN, "double", "ratio", "lower",
      label="Mean expected annual damage (fraction of value)",
      meaning="Mean of ead_fraction over the features."),
    C(FR, "SUMMARY", WET_RP, "int", "count", "lower", label="Features wet, event {rp}",
      meaning="Features wet in the event."),
    C(FR, "SUMMARY", DAMAGE_RP, "double", "money", "lower", label="Damage, event {rp}",
      meaning="Damage in the event."),
    C(FR, NUMBERS, "TOTAL_EAD", "double", "money_per_year", "lower",
      label="Expected annual damage, all features", meaning="Sum of ead."),
    C(FR, NUMBERS, "WET_COUNT", "int", "count", "lower",
      label="Features wet in at least one event", meaning="As wet_any of zone 'all'."),
    C(FR, NUMBERS, "FEATURE_COUNT", "int", "count", label="Features analysed",
      meaning="Exposure features."),
    # ---------------------------------------------------------------- flooddisruption
    C(FD, "OUTPUT", TIME_BEFORE_CAT_MIN, "double", "min", "lower", "worst",
      label="Walk time to the nearest {cat} before the flood (min)",
      meaning="Walk time on the dry network; NULL off the network or beyond the horizon."),
    C(FD, "OUTPUT", TIME_AFTER_CAT_MIN, "double", "min", "lower", "worst",
      label="Walk time to the nearest {cat} during the flood (min)",
      meaning="Walk time without the impassable streets."),
    C(FD, "OUTPUT", LOST_CAT, "int", "flag", "lower",
      label="Loses access to {cat}",
      meaning="1 when within the threshold before and not during the flood."),
    C(FD, "OUTPUT", LOST_ANY, "int", "flag", "lower", style="lost_access",
      label="Loses access to at least one category",
      meaning="1 when any lost_<cat> is 1."),
    C(FD, "OUTPUT", LOST_ANY_GROUP, "int", "flag", "lower",
      label="{group} loses access to at least one category",
      meaning="GROUP_PROFILES: 1 when the group, travelling with its own profile, loses "
              "access to at least one category (lost_<cat>_<group> per category); NULL off "
              "the network."),
    C(FD, "OUTPUT", STREET_FLOODED, "int", "flag", "lower", label="On a flooded street",
      meaning="1 when the feature is attached to an impassable stretch of street."),
    C(FD, "FACILITIES", CATEGORY, "string", "text", label="Category",
      meaning="The facility's category (NULL when not analysed)."),
    C(FD, "FACILITIES", STREET_FLOODED, "int", "flag", "lower", label="On a flooded street",
      meaning="1 when every stretch of street the facility is reached by is impassable."),
    C(FD, "FACILITIES", REACHED_BEFORE, "int", "flag", "higher",
      label="Reached before the flood", meaning="1 when some origin reaches it before."),
    C(FD, "FACILITIES", REACHED_AFTER, "int", "flag", "higher",
      label="Reached during the flood", meaning="1 when some origin reaches it during."),
    C(FD, "FACILITIES", CUT_OFF, "int", "flag", "lower", style="cut_off", label="Cut off",
      meaning="1 when reached before and by no origin during the flood."),
    C(FD, "SUMMARY", CATEGORY, "string", "text", role="key", label="Category",
      meaning="Destination category; 'all_categories' = every category within its threshold, "
              "'any_category' = at least one."),
    C(FD, "SUMMARY", POP_GROUP, "string", "text", role="key", label="Group",
      meaning="Population group; 'all' = everyone."),
    C(FD, "SUMMARY", POPULATION, "double", "people", label="Population",
      meaning="People of the group at the origins."),
    C(FD, "SUMMARY", POP_WITHIN_BEFORE, "double", "people", "higher",
      label="People within the threshold before the flood",
      meaning="People within the threshold of the row's category (every / at least one for "
              "the all_categories / any_category rows) on the dry network."),
    C(FD, "SUMMARY", POP_WITHIN_AFTER, "double", "people", "higher",
      label="People within the threshold during the flood",
      meaning="The same during the flood."),
    C(FD, "SUMMARY", POP_LOST_ACCESS, "double", "people", "lower",
      label="People losing access",
      meaning="People within the threshold before and not during the flood; any_category: "
              "people losing at least one category (= POP_LOST_ACCESS), all_categories: "
              "people who had every category and lose at least one."),
    C(FD, "SUMMARY", POP_LOST_PCT, "double", "pct", "lower", label="Share losing access (%)",
      meaning="pop_lost_access / pop_within_before x 100."),
    C(FD, "SUMMARY", MEDIAN_TIME_BEFORE_MIN, "double", "min", "lower", "worst",
      label="Median walk time before the flood (min)",
      meaning="Population-weighted median walk time on the dry network (all_categories: to "
              "the farthest of the nearest destinations; any_category: to the nearest)."),
    C(FD, "SUMMARY", MEDIAN_TIME_AFTER_MIN, "double", "min", "lower", "worst",
      label="Median walk time during the flood (min)", meaning="The same during the flood."),
    C(FD, "EDGES", EDGE_ID, "int64", "id", role="id", label="Edge",
      meaning="Edge number of the walking network the stretch is part of (an edge the water "
              "crosses the walking depth on is cut into stretches, one feature each)."),
    C(FD, "EDGES", LENGTH_M, "double", "m", label="Length (m)", meaning="Stretch length."),
    C(FD, "EDGES", DEPTH_M, "double", "m", "lower", "best", label="Water depth (m)",
      meaning="Deepest water along the stretch."),
    C(FD, "EDGES", IMPASSABLE, "int", "flag", "lower", style="impassable",
      label="Impassable on foot",
      meaning="1 when the stretch is deeper than the largest walking depth."),
    C(FD, NUMBERS, "POP_LOST_ACCESS", "double", "people", "lower",
      label="People losing access to at least one category", meaning="Sum over the origins."),
    C(FD, NUMBERS, "ORIGINS_LOST_ACCESS", "int", "count", "lower",
      label="Origins losing access to at least one category", meaning="Origins with lost_any."),
    C(FD, NUMBERS, "EDGES_FLOODED", "int", "count", "lower", label="Impassable street edges",
      meaning="Network edges with an impassable stretch."),
    C(FD, NUMBERS, "KM_FLOODED", "double", "km", "lower",
      label="Length of impassable stretches of street (km)",
      meaning="Length of the impassable stretches only (not of the whole edges they are on)."),
    C(FD, NUMBERS, "FACILITIES_CUT_OFF", "int", "count", "lower",
      label="Facilities no origin reaches any more", meaning="Facilities with cut_off = 1."),
    # ---------------------------------------------------------------- comparescenarios
    C(CMP, "OUTPUT", FIELD_BASE, "double", "inherit", label="{field}: baseline",
      meaning="The field's value in the baseline."),
    C(CMP, "OUTPUT", FIELD_SCEN, "double", "inherit", label="{field}: scenario",
      meaning="The field's value in the scenario."),
    C(CMP, "OUTPUT", FIELD_DELTA, "double", "inherit", label="{field}: change",
      meaning="Scenario minus baseline; NULL when either is NULL."),
    C(CMP, "OUTPUT", FIELD_STATUS, "string", "text", label="{field}: status",
      meaning="better / worse / same / newly_reachable ... (see core.scenarios.compare)."),
    C(CMP, "OUTPUT", CHANGE, "string", "text", label="Change",
      meaning="better, worse, mixed, same or no_data over the compared fields."),
    C(CMP, "OUTPUT", CHANGE_DETAIL, "string", "text", style="change",
      label="Change in the scenario",
      meaning="The strongest news of the row (newly_unreachable first) for the legend."),
    C(CMP, "SUMMARY", FIELD, "string", "text", role="key", label="Field",
      meaning="The compared field."),
    C(CMP, "SUMMARY", DIRECTION, "string", "text", label="Direction",
      meaning="Which direction is better: lower, higher or none."),
    C(CMP, "SUMMARY", NULL_MEANS, "string", "text", label="NULL means",
      meaning="worst, best or none."),
    C(CMP, "SUMMARY", N_ROWS, "int", "count", label="Rows compared",
      meaning="Rows present on both sides."),
    C(CMP, "SUMMARY", N_BETTER, "int", "count", "higher", label="Rows better off",
      meaning="Rows whose value is better (newly reachable included)."),
    C(CMP, "SUMMARY", N_WORSE, "int", "count", "lower", label="Rows worse off",
      meaning="Rows whose value is worse."),
    C(CMP, "SUMMARY", N_SAME, "int", "count", label="Rows unchanged", meaning="Same value."),
    C(CMP, "SUMMARY", N_NULL_TO_VALUE, "int", "count", label="NULL to a value",
      meaning="Rows NULL in the baseline with a value in the scenario."),
    C(CMP, "SUMMARY", N_VALUE_TO_NULL, "int", "count", label="A value to NULL",
      meaning="Rows with a value in the baseline, NULL in the scenario."),
    C(CMP, "SUMMARY", N_NULL_BOTH, "int", "count", label="NULL on both sides",
      meaning="Rows NULL on both sides."),
    C(CMP, "SUMMARY", N_UNMATCHED, "int", "count", label="Rows on one side only",
      meaning="Rows without a partner."),
    C(CMP, "SUMMARY", MEAN_BASE, "double", "inherit", label="Baseline (mean)",
      meaning="Mean of the field in the baseline (matched rows)."),
    C(CMP, "SUMMARY", MEAN_SCENARIO, "double", "inherit", label="Scenario (mean)",
      meaning="Mean in the scenario (matched rows)."),
    C(CMP, "SUMMARY", MEAN_DELTA, "double", "inherit", label="Change (mean)",
      meaning="Mean of the row changes."),
    C(CMP, "SUMMARY", POP_WEIGHTED_DELTA, "double", "inherit",
      label="Population-weighted change", meaning="Mean change weighted by the population."),
    C(CMP, "SUMMARY", POP_BETTER, "double", "people", "higher",
      label="Population better off", meaning="People of the rows better off in the field."),
    C(CMP, "SUMMARY", POP_WORSE, "double", "people", "lower",
      label="Population worse off", meaning="People of the rows worse off in the field."),
    C(CMP, "AREA_CHANGES", CHANGE, "string", "text", label="Change",
      meaning="better (area gained) or worse (area lost)."),
    C(CMP, "AREA_CHANGES", CHANGE_DETAIL, "string", "text", style="change",
      label="Change in the scenario", meaning="As change."),
    C(CMP, "AREA_CHANGES", AREA_M2, "double", "m2", "higher", label="Area (m²)",
      meaning="Area gained or lost."),
    C(CMP, NUMBERS, "N_ROWS", "int", "count", label="Rows compared", meaning="Output rows."),
    C(CMP, NUMBERS, "N_BETTER", "int", "count", "higher", label="Rows better off",
      meaning="Rows with change = better."),
    C(CMP, NUMBERS, "N_WORSE", "int", "count", "lower", label="Rows worse off",
      meaning="Rows with change = worse."),
    C(CMP, NUMBERS, "N_MIXED", "int", "count",
      label="Rows better in one field, worse in another", meaning="change = mixed."),
    C(CMP, NUMBERS, "N_SAME", "int", "count", label="Rows unchanged", meaning="change = same."),
    C(CMP, NUMBERS, "N_NO_DATA", "int", "count", label="Rows without values on either side",
      meaning="change = no_data."),
    C(CMP, NUMBERS, "POP_BETTER", "double", "people", "higher",
      label="Population better off", meaning="People of the rows better off."),
    C(CMP, NUMBERS, "POP_WORSE", "double", "people", "lower",
      label="Population worse off", meaning="People of the rows worse off."),
    # ---------------------------------------------------------------- scorecard
    C(SC, "OUTPUT", LENS, "string", "text", label="Lens",
      meaning="Walkability, public space or flood."),
    C(SC, "OUTPUT", ANALYSIS, "string", "text", label="Analysis",
      meaning="The algorithm id of the analysis."),
    C(SC, "OUTPUT", INDICATOR, "string", "text", role="key", label="Indicator",
      meaning="Indicator id: an output name, or 'column|category|group' of a summary cell."),
    C(SC, "OUTPUT", LABEL, "string", "text", label="Label",
      meaning="The indicator's readable name."),
    C(SC, "OUTPUT", BASELINE, "double", "inherit", label="Baseline",
      meaning="The indicator in the baseline."),
    C(SC, "OUTPUT", SCENARIO, "double", "inherit", label="Scenario",
      meaning="The indicator in the scenario."),
    C(SC, "OUTPUT", DELTA, "double", "inherit", label="Change",
      meaning="Scenario minus baseline."),
    C(SC, "OUTPUT", CHANGE_PCT, "double", "pct", label="% change",
      meaning="Change in % of the baseline value."),
    C(SC, "OUTPUT", VERDICT, "string", "text", label="Verdict",
      meaning="better, worse, same, increased, decreased or n/a."),
    C(SC, NUMBERS, "N_ANALYSES", "int", "count", label="Analyses run", meaning="Analyses run."),
    C(SC, NUMBERS, "N_INDICATORS", "int", "count", label="Indicators", meaning="Rows."),
    C(SC, NUMBERS, "N_BETTER", "int", "count", "higher",
      label="Indicators better in the scenario", meaning="Rows with verdict better."),
    C(SC, NUMBERS, "N_WORSE", "int", "count", "lower",
      label="Indicators worse in the scenario", meaning="Rows with verdict worse."),
    # ---------------------------------------------------------------- networks
    C(NET, "OUTPUT", EDGE_ID, "int64", "id", role="id", label="Edge",
      meaning="Edge number (the order of the engine's arrays)."),
    C(NET, "OUTPUT", FROM_NODE, "int64", "id", role="id", label="From node",
      meaning="Node number at the start."),
    C(NET, "OUTPUT", TO_NODE, "int64", "id", role="id", label="To node",
      meaning="Node number at the end."),
    C(NET, "OUTPUT", LENGTH_M, "double", "m", label="Length (m)", meaning="Edge length."),
    C(NET, "OUTPUT", COMPONENT, "int", "id", role="id", label="Component",
      meaning="Connected piece, ranked by length (0 = the largest)."),
    C(NET, "OUTPUT", HIGHWAY, "string", "text", label="OSM highway",
      meaning="The OpenStreetMap highway value of the source way (for the travel profiles' "
              "way rules); written when the source has OSM tags."),
    C(NET, "OUTPUT", OTHER_TAGS, "string", "text", label="Other OSM tags",
      meaning="The source way's other OpenStreetMap tags in GDAL's \"k\"=>\"v\" form."),
    C(NET, "OUTPUT", ANCHOR, "int", "flag", label="On a kept street of the baseline",
      meaning="Scenario network layers only: 1 for edges that were on a kept piece of the "
              "baseline network, whose pieces are then never pruned as fragments (a street a "
              "closure cuts off keeps its homes, which lose access), 0 otherwise."),
    C(NET, NUMBERS, "EDGE_COUNT", "int", "count", label="Number of edges", meaning="Edges."),
    C(NET, NUMBERS, "NODE_COUNT", "int", "count", label="Number of nodes", meaning="Nodes."),
    C(NET, NUMBERS, "COMPONENTS", "int", "count", label="Connected components",
      meaning="Connected pieces."),
    C(NET, NUMBERS, "LARGEST_COMPONENT_SHARE", "double", "ratio", "higher",
      label="Share of length in the largest component (0-1)",
      meaning="Fraction (0-1) of the length in the largest piece (a public output name)."),
    C(NET, NUMBERS, "TOTAL_LENGTH_KM", "double", "km", label="Total length (km)",
      meaning="Length of all edges."),
    C(DL, "OUTPUT", EDGE_ID, "int64", "id", role="id", label="Edge",
      meaning="Edge number (the order of the engine's arrays)."),
    C(DL, "OUTPUT", FROM_NODE, "int64", "id", role="id", label="From node",
      meaning="Node number at the start."),
    C(DL, "OUTPUT", TO_NODE, "int64", "id", role="id", label="To node",
      meaning="Node number at the end."),
    C(DL, "OUTPUT", LENGTH_M, "double", "m", label="Length (m)", meaning="Edge length."),
    C(DL, "OUTPUT", COMPONENT, "int", "id", role="id", label="Component",
      meaning="Connected piece, ranked by length (0 = the largest)."),
    C(DL, NUMBERS, "EDGE_COUNT", "int", "count", label="Number of edges", meaning="Edges."),
    C(DL, NUMBERS, "NODE_COUNT", "int", "count", label="Number of nodes", meaning="Nodes."),
    C(DL, NUMBERS, "COMPONENTS", "int", "count", label="Connected components",
      meaning="Connected pieces."),
    C(DL, NUMBERS, "LARGEST_COMPONENT_SHARE", "double", "ratio", "higher",
      label="Share of length in the largest component (0-1)",
      meaning="Fraction (0-1) of the length in the largest piece (a public output name)."),
    C(DL, NUMBERS, "TOTAL_LENGTH_KM", "double", "km", label="Total length (km)",
      meaning="Length of all edges."),
    # ---------------------------------------------------------------- osmdestinations
    C(OSM, "OUTPUT", CATEGORY, "string", "text", label="Category",
      meaning="UrbanPlan category from the OSM tags."),
    C(OSM, "OUTPUT", OSM_ID, "string", "id", role="id", label="OSM id",
      meaning="OpenStreetMap id."),
    C(OSM, "OUTPUT", NAME, "string", "text", label="Name", meaning="OSM name tag."),
    C(OSM, "OUTPUT", ACCESS, "string", "text", label="Access",
      meaning="How polygons are entered: point or boundary."),
    C(OSM, "OUTPUT", OSM_LAYER, "string", "text", label="OSM layer",
      meaning="points or multipolygons."),
    C(OSM, "OUTPUT_AREAS", CATEGORY, "string", "text", label="Category",
      meaning="UrbanPlan category from the OSM tags."),
    C(OSM, "OUTPUT_AREAS", OSM_ID, "string", "id", role="id", label="OSM id",
      meaning="OpenStreetMap id."),
    C(OSM, "OUTPUT_AREAS", NAME, "string", "text", label="Name", meaning="OSM name tag."),
    C(OSM, "OUTPUT_AREAS", ACCESS, "string", "text", label="Access",
      meaning="How polygons are entered: point or boundary."),
    C(OSM, "OUTPUT_AREAS", OSM_LAYER, "string", "text", label="OSM layer",
      meaning="points or multipolygons."),
    C(OSM, NUMBERS, "DESTINATION_COUNT", "int", "count", label="Number of destinations",
      meaning="Classified features written."),
    # ---------------------------------------------------------------- report
    C(REP, NUMBERS, "SECTIONS", "int", "count", label="Analyses reported",
      meaning="Sections of the report."),
    C(REP, NUMBERS, "MAPS_DRAWN", "int", "count", label="Maps drawn", meaning="Maps drawn."),
    C(REP, NUMBERS, "ZONE_PAGES", "int", "count", label="Zone pages", meaning="Zone pages."),
    # ---------------------------------------------------------------- batchareas (its layers
    # and summary are those of the analysis it runs, declared above)
    C("batchareas", NUMBERS, "AREAS_DONE", "int", "count", "higher", label="Areas finished",
      meaning="Areas whose result is in the output folder (this run or an earlier one)."),
    C("batchareas", NUMBERS, "AREAS_FAILED", "int", "count", "lower", label="Areas failed",
      meaning="Areas that stopped with an error (listed with their reason in the log)."),
)

del C, F15, SA, AG, SD, SDG, GSC, SS, FE, FX, FR, FD, CMP, SC, NET, DL, OSM, REP

# ------------------------------------------------------------------------------------------
# lookups
# ------------------------------------------------------------------------------------------

_BY_TABLE = {}
for _col in COLUMNS:
    _BY_TABLE.setdefault((_col.analysis, _col.output), []).append(_col)
del _col

def analyses():
    """The algorithm ids with declared outputs, in declaration order."""
    return list(dict.fromkeys(c.analysis for c in COLUMNS))


def table(analysis, output):
    """The :class:`Table` of an algorithm's output, or None."""
    return next((t for t in TABLES if t.analysis == analysis and t.output == output), None)


def tables(analysis=None):
    return [t for t in TABLES if analysis is None or t.analysis == analysis]


def columns(analysis, output):
    """The declared columns of one output, in order (fixed names and patterns)."""
    return list(_BY_TABLE.get((analysis, output), ()))


def numbers(analysis):
    """The numeric outputs of an algorithm."""
    return columns(analysis, NUMBERS)


def column(analysis, output, name):
    """The :class:`Column` a field name of one output is (fixed names before patterns), or
    None."""
    return _first(_BY_TABLE.get((analysis, output), ()), name)


def _first(cols, name):
    """The fixed column of that name, else the most specific pattern it fills."""
    for c in cols:
        if not c.is_pattern and c.matches(name) is not None:
            return c
    hits = [c for c in cols if c.is_pattern and c.matches(name) is not None]
    if not hits:
        return None
    return max(hits, key=lambda c: len(_PLACEHOLDER.sub("", c.name)))


def find(name, analysis=None):
    """The column a field or output name is, in ``analysis`` (any output) or anywhere; fixed
    names before patterns; None when UrbanPlan writes no such field."""
    return _first([c for c in COLUMNS if analysis is None or c.analysis == analysis], name)


def kind(analysis, output, name):
    """The storage kind (double/int/int64/string) of a field of one output."""
    c = column(analysis, output, name)
    if c is None:
        raise KeyError(f"{name!r} is not declared for {analysis} {output} in core/schema.py")
    return c.kind


def spec(analysis, output, names):
    """[(name, kind)] of result fields, each checked against the schema: the one place a
    writer takes its field names and kinds from."""
    return [(n, kind(analysis, output, n)) for n in names]


def is_declared(analysis, output, name):
    return column(analysis, output, name) is not None


def pattern_values(names, analysis, output, pattern):
    """{placeholder value: field name} of the fields among ``names`` that are ``pattern`` in
    this output and no fixed column of it (``pop_cov_<class>`` without ``pop_covered_any``)."""
    out = {}
    for n in names:
        c = column(analysis, output, n)
        if c is not None and c.name == pattern:
            out[c.matches(n)] = n
    return out


def detect(field_names):
    """(analysis, output) of a layer from its field names, or None: the first table (in
    :data:`TABLES` order) whose signature the names hold."""
    names = [str(n).lower() for n in field_names]
    have = set(names)
    for t in TABLES:
        if not t.signature:
            continue
        ok = True
        for s in t.signature:
            if "<" in s:
                if not any(match(s, n) is not None for n in names):
                    ok = False
                    break
            elif s.lower() not in have:
                ok = False
                break
        if ok:
            return t.analysis, t.output
    return None


def styled_columns(analysis, output):
    """The columns of an output that a style draws by, in order of preference."""
    return [c for c in columns(analysis, output) if c.style]


def unit_of(name, analysis=None):
    c = find(name, analysis)
    return c.unit if c is not None else None


def labels():
    """{name: English label} of every fixed name (first declaration wins), for indicator
    labels; patterns by their pattern."""
    out = {}
    for c in COLUMNS:
        out.setdefault(c.name, c.label)
    return out


@dataclass(frozen=True)
class Rename:
    analysis: str
    output: str
    old: str
    new: str
    note: str = ""


RENAMED = (
    # every field, column or row value renamed by the one output schema (version 0.2.0);
    # CHANGELOG.md lists the same
    Rename("fifteenminutecity", "OUTPUT", "dist_<cat>", DIST_CAT_M),
    Rename("fifteenminutecity", "OUTPUT", "time_<cat>", TIME_CAT_MIN),
    Rename("fifteenminutecity", "SUMMARY", "group", POP_GROUP),
    Rename("fifteenminutecity", "SUMMARY", "population_within", POP_WITHIN),
    Rename("fifteenminutecity", "SUMMARY", "share_within", POP_WITHIN_PCT, "0-1 -> %"),
    Rename("fifteenminutecity", "SUMMARY", "median_time", MEDIAN_TIME_MIN),
    Rename("fifteenminutecity", "SUMMARY", "p90_time", P90_TIME_MIN),
    Rename("fifteenminutecity", "SUMMARY", "population_reached", POP_REACHED),
    Rename("accessibilitygrid", "OUTPUT", "time_<cat>", TIME_CAT_MIN),
    Rename("sdg1171", "SUMMARY", "group", POP_GROUP),
    Rename("greenspacecoverage", "SUMMARY", "group", POP_GROUP),
    Rename("greenspacecoverage", "SUMMARY", "pop_<class>", POP_COV_CLASS),
    Rename("greenspacecoverage", "SUMMARY", "share_uncovered_pct", POP_UNCOVERED_PCT),
    Rename("suggestsites", "OUTPUT", "cumulative_share", CUMULATIVE_SHARE_PCT),
    Rename("suggestsites", "OUTPUT", "score", WEIGHTED_GAIN),
    Rename("floodexposure", "OUTPUT", "wet_share", WET_PCT, "0-1 -> %"),
    Rename("floodexposure", "SUMMARY", "group", POP_GROUP),
    Rename("floodexposure", "SUMMARY", "count", FEATURES),
    Rename("floodexposure", "SUMMARY", "(no zone)", OUTSIDE_ZONES, "row value of zone"),
    Rename("floodrisk", "OUTPUT", "depth_<rp>", DEPTH_RP_M),
    Rename("floodrisk", "SUMMARY", "value", ASSET_VALUE),
    Rename("floodrisk", "SUMMARY", "(no zone)", OUTSIDE_ZONES, "row value of zone"),
    Rename("flooddisruption", "OUTPUT", "time_before_<cat>", TIME_BEFORE_CAT_MIN),
    Rename("flooddisruption", "OUTPUT", "time_after_<cat>", TIME_AFTER_CAT_MIN),
    Rename("flooddisruption", "SUMMARY", "group", POP_GROUP),
    Rename("flooddisruption", "SUMMARY", "share_lost", POP_LOST_PCT, "0-1 -> %"),
    Rename("flooddisruption", "SUMMARY", "median_time_before", MEDIAN_TIME_BEFORE_MIN),
    Rename("flooddisruption", "SUMMARY", "median_time_after", MEDIAN_TIME_AFTER_MIN),
    Rename("flooddisruption", "SUMMARY", "(any category)", ANY_CATEGORY, "row value of category"),
    Rename("scorecard", "OUTPUT", "change", DELTA),
    Rename("scorecard", "OUTPUT", "pct_change", CHANGE_PCT),
)
