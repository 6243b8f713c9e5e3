"""The analyses a scenario is judged by, as data: which algorithm, which baseline role fills
which parameter, which outputs are indicators, how results are compared.

The compare dock and ``urbanplan:scorecard`` read this table; adding an analysis is adding one
:class:`AnalysisSpec` (no Qt, no QGIS here). Only the analyses whose algorithm is installed are
offered.
"""
import re
from dataclasses import dataclass, field

LENSES = ("walkability", "publicspace", "flood")
LENS_LABELS = {"walkability": "Walkability / 15-minute city", "publicspace": "Public space",
               "flood": "Flood"}

_ROLE_PATTERNS = (
    (r"NETWORK|STREET|ROAD|LINES", "streets"),
    (r"ORIGIN|POPULATION$|^POP$|HOMES|RESIDENT|GRID", "population"),
    (r"DESTINATION|FACILIT|SERVICE|SHELTER|SCHOOL", "facilities"),
    (r"PARK|OPEN_?SPACE|GREEN|PUBLIC_?SPACE", "parks"),
    (r"BUILDING", "buildings"),
    (r"HAZARD|FLOOD|DEPTH|WATER|DEM|INUNDAT", "hazard"),
)


def role_for_param(name):
    """The baseline role a layer parameter most likely takes, from its name (or None)."""
    up = str(name).upper()
    for pattern, role in _ROLE_PATTERNS:
        if re.search(pattern, up):
            return role
    return None


@dataclass(frozen=True)
class AnalysisSpec:
    """How one analysis takes part in scenario comparisons.

    - ``roles``: parameter name -> baseline role (others are guessed with
      :func:`role_for_param`);
    - ``result``: the per-feature output compared into the difference layer, ``key_field``
      pairs its rows ('' = by geometry), ``compare_fields`` limits the fields (() = all common
      numeric fields), ``delta_mode`` 'rows' (comparescenarios) or 'areas' (areas gained/lost
      per ``key_field`` value, for polygon results such as service areas);
    - ``population_param``: the parameter whose value names the population field;
    - ``summary``: an output table whose rows give indicators: the text columns
      ``summary_keys`` name the row, the numeric ``summary_values`` are the indicators; rows
      are kept when they match ``summary_filter``;
    - ``family``: legend wording ('access', 'coverage' or 'exposure');
    - ``scorecard``: indicator ids (output names or 'column|key1|key2') the scorecard shows
      (() = every numeric output);
    - ``raw_params``: layer parameters that take the streets layer as it is (with its
      attributes), not the prepared walking network;
    - ``table_hidden``: substrings of indicator ids the dock's table and chart leave out
      (repeats of other rows); exports keep everything.
    """

    key: str
    alg_id: str
    lens: str
    label: str
    roles: dict = field(default_factory=dict)
    result: str = "OUTPUT"
    key_field: str = ""
    compare_fields: tuple = ()
    delta_mode: str = "rows"
    population_param: str = ""
    summary: str = ""
    summary_keys: tuple = ()
    summary_values: tuple = ()
    summary_filter: dict = field(default_factory=dict)
    family: str = "access"
    defaults: dict = field(default_factory=dict)
    scorecard: tuple = ()
    directions: dict = field(default_factory=dict)
    raw_params: tuple = ()
    table_hidden: tuple = ()

    @property
    def name(self):
        return self.alg_id.split(":")[-1]


ANALYSES = (
    AnalysisSpec(
        key="fifteenminutecity", alg_id="urbanplan:fifteenminutecity", lens="walkability",
        label="15-minute city (walk time to services)",
        roles={"NETWORK": "streets", "ORIGINS": "population", "DESTINATIONS": "facilities",
               "ZONES": None},
        population_param="POPULATION_FIELD",
        summary="SUMMARY", summary_keys=("category", "group"),
        summary_values=("share_within", "median_time"), summary_filter={"zone": "all"},
        family="access",
        scorecard=("POP_SHARE_ALL_WITHIN", "share_within|any_category|all",
                   "median_time|any_category|all"),
        table_hidden=("|all_categories|", "|any_category|"),
    ),
    AnalysisSpec(
        key="servicearea", alg_id="urbanplan:servicearea", lens="walkability",
        label="Service areas (isochrones)",
        roles={"NETWORK": "streets", "FACILITIES": "facilities"},
        key_field="band_min", compare_fields=("area_m2",), delta_mode="areas",
        family="coverage",
        scorecard=("LARGEST_BAND_AREA_KM2",),
    ),
    AnalysisSpec(
        key="sdg1171", alg_id="urbanplan:sdg1171", lens="publicspace",
        label="SDG 11.7.1 (people near open public space)",
        roles={"OPEN_SPACES": "parks", "NETWORK": "streets", "POPULATION": "population",
               "STREETS": None, "BUILTUP": None, "ENTRANCES": None, "ZONES": None},
        raw_params=("STREETS",),
        population_param="POPULATION_FIELD",
        family="access",
        scorecard=("POP_WITHIN_PCT", "PUBLIC_SPACE_SHARE_PCT"),
    ),
    AnalysisSpec(
        key="greenspacecoverage", alg_id="urbanplan:greenspacecoverage", lens="publicspace",
        label="Park coverage and m² per person",
        roles={"PARKS": "parks", "NETWORK": "streets", "POPULATION": "population",
               "ZONES": None},
        population_param="POPULATION_FIELD",
        family="access",
        scorecard=("POP_COVERED_PCT",),
    ),
    AnalysisSpec(
        key="floodexposure", alg_id="urbanplan:floodexposure", lens="flood",
        label="Flood exposure (people, buildings, roads in water)",
        roles={"HAZARD": "hazard", "EXPOSURE": "buildings", "POPULATION_RASTER": None,
               "ZONES": None},
        population_param="POPULATION_FIELD",
        family="exposure",
        scorecard=("EXPOSED_POPULATION", "EXPOSED_COUNT", "EXPOSED_ROAD_KM"),
    ),
    AnalysisSpec(
        key="flooddisruption", alg_id="urbanplan:flooddisruption", lens="flood",
        label="Flood disruption (access lost when streets flood)",
        roles={"NETWORK": "streets", "HAZARD": "hazard", "ORIGINS": "population",
               "DESTINATIONS": "facilities"},
        population_param="POPULATION_FIELD",
        summary="SUMMARY", summary_keys=("category", "group"),
        summary_values=("pop_lost_access", "share_lost"),
        family="access",
        table_hidden=("|all_categories|", "|any_category|"),
        scorecard=("POP_LOST_ACCESS", "FACILITIES_CUT_OFF"),
    ),
)


SCORECARD_ANALYSES = ("fifteenminutecity", "sdg1171", "greenspacecoverage", "floodexposure",
                      "flooddisruption")
"""The analyses ``urbanplan:scorecard`` runs (those installed and given their inputs)."""


def analysis(key):
    for a in ANALYSES:
        if a.key == key or a.alg_id == key:
            return a
    return None


# readable names for indicators (translated by the UI)
INDICATOR_LABELS = {
    "POP_TOTAL": "Population",
    "POP_SHARE_ALL_WITHIN": "Share of people reaching every category",
    "ORIGINS_OFF_NETWORK": "Origins off the street network",
    "share_within": "Share within the threshold",
    "median_time": "Median walk time (min)",
    "p90_time": "90th percentile walk time (min)",
    "population_within": "People within the threshold",
    "LARGEST_BAND_AREA_KM2": "Area within the largest band (km²)",
    "FACILITIES_USED": "Facilities on the network",
    "FACILITIES_OFF_NETWORK": "Facilities off the network",
    "POP_WITHIN_PCT": "People within 400 m of open public space (%)",
    "OPEN_SPACE_SHARE_PCT": "Open space share of the built-up area (%)",
    "STREET_SHARE_PCT": "Street share of the built-up area (%)",
    "PUBLIC_SPACE_SHARE_PCT": "Public space share of the built-up area (%)",
    "POPULATION": "Population",
    "POP_COVERED_PCT": "People covered by a park (%)",
    "SHARE_UNCOVERED_PCT": "People not covered by a park (%)",
    "EXPOSED_COUNT": "Features in a flood class",
    "EXPOSED_POPULATION": "People exposed to flooding",
    "MAX_DEPTH_M": "Deepest water at a feature (m)",
    "EXPOSED_ROAD_KM": "Flooded road length (km)",
    "EXPOSED_POPULATION_RASTER": "People exposed (population raster)",
    "POP_LOST_ACCESS": "People losing access to a service",
    "ORIGINS_LOST_ACCESS": "Origins losing access",
    "EDGES_FLOODED": "Impassable street segments",
    "KM_FLOODED": "Impassable streets (km)",
    "FACILITIES_CUT_OFF": "Facilities cut off",
    "pop_lost_access": "People losing access",
    "share_lost": "Share losing access",
}

SUMMARY_WORDS = {"all": "", "any_category": "any category", "all_categories": "every category"}


def indicator_id(column, keys=()):
    """'share_within|shelter_5min|pop_65plus' for a summary cell; the output name otherwise."""
    return "|".join([column] + [str(k) for k in keys]) if keys else column


def indicator_label(ind_id, labels=None):
    """'Share within the threshold: shelter_5min, pop_65plus' for a summary indicator id."""
    labels = labels or INDICATOR_LABELS
    parts = ind_id.split("|")
    head = labels.get(parts[0], parts[0].replace("_", " ").capitalize())
    rest = [SUMMARY_WORDS.get(p, p) for p in parts[1:]]
    rest = [p for p in rest if p]
    return f"{head}: {', '.join(rest)}" if rest else head


def is_share(ind_id):
    """True for indicators that are shares 0-1 (shown as %, changes in percentage points)."""
    head = ind_id.split("|")[0].lower()
    return ("share" in head or head.endswith("_within")) and not head.endswith("_pct")


def indicator_rule_name(ind_id):
    """The name whose direction rule applies to an indicator (its column or output name)."""
    return ind_id.split("|")[0]
