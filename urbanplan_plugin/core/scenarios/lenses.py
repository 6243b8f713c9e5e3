"""The analyses a scenario is judged by, as data: which algorithm, which baseline role fills
which parameter, which outputs are indicators, how results are compared.

The compare dock and ``urbanplan:scorecard`` read this table; adding an analysis is adding one
:class:`AnalysisSpec` (no Qt, no QGIS here). Only the analyses whose algorithm is installed are
offered.
"""
import re
from dataclasses import dataclass, field

from .. import schema as S
from ..flood.floodsimulation import DEFAULT_AREA_THRESHOLDS_M as FLOOD_SIMULATION_THRESHOLDS_M
from ..flood.floodsimulation import depth_tag

LENSES = ("walkability", "publicspace", "flood")
LENS_LABELS = {"walkability": "Walkability / 15-minute city", "publicspace": "Public space",
               "flood": "Flood"}

_ROLE_PATTERNS = (
    (r"^DEM$|_DEM$|^DEM_|TERRAIN|ELEVATION", "terrain"),
    (r"NETWORK|STREET|ROAD|LINES", "streets"),
    (r"ORIGIN|POPULATION$|^POP$|HOMES|RESIDENT|GRID", "population"),
    (r"DESTINATION|FACILIT|SERVICE|SHELTER|SCHOOL", "facilities"),
    (r"PARK|OPEN_?SPACE|GREEN|PUBLIC_?SPACE", "parks"),
    (r"BUILDING", "buildings"),
    (r"HAZARD|FLOOD|DEPTH|WATER|INUNDAT", "hazard"),
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
      (repeats of other rows); exports keep everything;
    - ``raster_deltas``: with ``delta_mode`` 'rasters' (raster results such as the flood
      simulation's depths), the raster outputs compared cell by cell, as (output name, the
      schema column of its cell values: unit and better direction, how cells are read);
      the first one is the scenario's main difference layer.
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
    raster_deltas: tuple = ()

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
        summary="SUMMARY", summary_keys=(S.CATEGORY, S.POP_GROUP),
        summary_values=(S.POP_WITHIN_PCT, S.MEDIAN_TIME_MIN), summary_filter={S.ZONE: S.ALL},
        family="access",
        scorecard=("POP_SHARE_ALL_WITHIN", f"{S.POP_WITHIN_PCT}|{S.ANY_CATEGORY}|{S.ALL}",
                   f"{S.MEDIAN_TIME_MIN}|{S.ANY_CATEGORY}|{S.ALL}"),
        table_hidden=(f"|{S.ALL_CATEGORIES}|", f"|{S.ANY_CATEGORY}|"),
    ),
    AnalysisSpec(
        key="servicearea", alg_id="urbanplan:servicearea", lens="walkability",
        label="Service areas (isochrones)",
        roles={"NETWORK": "streets", "FACILITIES": "facilities"},
        key_field=S.BAND_MIN, compare_fields=(S.AREA_M2,), delta_mode="areas",
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
        summary="SUMMARY", summary_keys=(S.CATEGORY, S.POP_GROUP),
        summary_values=(S.POP_LOST_ACCESS, S.POP_LOST_PCT),
        family="access",
        table_hidden=(f"|{S.ALL_CATEGORIES}|", f"|{S.ANY_CATEGORY}|"),
        scorecard=("POP_LOST_ACCESS", "FACILITIES_CUT_OFF"),
    ),
    AnalysisSpec(
        key="floodsimulation", alg_id="urbanplan:floodsimulation", lens="flood",
        label="Flood simulation from rain (depth, duration, recession)",
        # BUILDINGS is left to the planner: burning buildings in as obstacles is a modelling
        # choice (it changes the flow a lot on coarse cells), not a baseline default
        roles={"DEM": "terrain", "BUILDINGS": None, "POPULATION": "population",
               "LANDCOVER": None},
        result="MAX_DEPTH", delta_mode="rasters",
        raster_deltas=(("MAX_DEPTH", S.MAX_DEPTH_M), ("RECESSION_H", S.RECESSION_H)),
        population_param="POPULATION_FIELD",
        summary="SUMMARY",
        summary_values=tuple(S.fill(S.FLOODED_DEPTH_M2, depth_tag(d))
                             for d in FLOOD_SIMULATION_THRESHOLDS_M)
        + (S.WET_M2, S.MAX_DEPTH_M, S.STORED_M3, S.DRAINAGE_M3, S.OUTFLOW_M3, S.POP_FLOODED,
           S.POP_FLOODED_LONG, S.POP_STILL_FLOODED),
        family="exposure",
        # the numeric outputs repeat SUMMARY columns; the mass-balance error (a check, in the
        # exported table) would be the chart's only "share"
        table_hidden=("MAX_DEPTH_M|", "FLOODED_AREA_M2|", "RAIN_VOLUME_M3|",
                      "OUTFLOW_VOLUME_M3|", "POP_FLOODED|", "POP_FLOODED_LONG|",
                      "MASS_BALANCE_ERROR_PCT|"),
        scorecard=("FLOODED_AREA_M2", "MAX_DEPTH_M", "POP_FLOODED_LONG"),
    ),
)


# The flood simulation compares like the others: its SUMMARY row gives the indicators (areas
# flooded deeper than 10, 30 and 50 cm, volumes, the deepest water, people flooded and flooded for
# MIN_HOURS or longer when the run had a POPULATION layer), and its MAX_DEPTH and RECESSION_H
# rasters become difference rasters (scenario minus baseline; blue = shallower or shorter).

RASTER_SAME = {"m": 0.01, "h": 0.05}
"""Cell changes within these count as no change in a difference raster: 1 cm of depth (the
simulation's wet threshold), 3 minutes of recession."""


SCORECARD_ANALYSES = ("fifteenminutecity", "sdg1171", "greenspacecoverage", "floodexposure",
                      "flooddisruption")
"""The analyses ``urbanplan:scorecard`` runs (those installed and given their inputs)."""


def analysis(key):
    for a in ANALYSES:
        if a.key == key or a.alg_id == key:
            return a
    return None


# readable names for indicators (translated by the UI): the schema's labels
INDICATOR_LABELS = S.labels()

SUMMARY_WORDS = {S.ALL: "", S.ANY_CATEGORY: "any category",
                 S.ALL_CATEGORIES: "every category"}


def indicator_id(column, keys=()):
    """'pop_within_pct|shelter_5min|pop_65plus' for a summary cell; the output name
    otherwise."""
    return "|".join([column] + [str(k) for k in keys]) if keys else column


def head_label(name, translate=None):
    """The label of an indicator's column or output name, a pattern filled in
    ('flooded_10cm_m2' -> 'Area flooded at least 10cm deep (m²)'). ``translate`` (the
    interface's tr) is applied to the declared label before its placeholder is filled, so the
    catalogue's entry is found."""
    translate = translate or (lambda text: text)
    if name in INDICATOR_LABELS and "<" not in name:
        return translate(INDICATOR_LABELS[name])
    col = S.find(name)
    if col is not None and col.is_pattern and col.label:
        value = col.matches(name)
        text = translate(col.label)
        try:
            return text.format(**{col.placeholder: value}) if "{" in text else text
        except (KeyError, IndexError, ValueError):
            return col.label_for(value)
    return str(name).replace("_", " ").capitalize()


def indicator_label(ind_id, labels=None):
    """'Share within the threshold (%): shelter_5min, pop_65plus' for a summary indicator id."""
    parts = ind_id.split("|")
    head = labels[parts[0]] if labels and parts[0] in labels else head_label(parts[0])
    rest = [SUMMARY_WORDS.get(p, p) for p in parts[1:]]
    rest = [p for p in rest if p]
    return f"{head}: {', '.join(rest)}" if rest else head


def share_scale(ind_id, analysis=None):
    """How an indicator shows as a share in %: 100 for a fraction 0-1 (``POP_SHARE_ALL_WITHIN``),
    1 for a percentage (``pop_within_pct``), None when it is no share. Its change is then in
    percentage points."""
    name = indicator_rule_name(ind_id)
    unit = S.unit_of(name, analysis)
    if unit == "pct":
        return 1.0
    if unit == "ratio" and "share" in name.lower():
        return 100.0
    return None


def is_share(ind_id, analysis=None):
    """True for indicators that are shares (fractions 0-1 or percentages): shown in %, their
    changes in percentage points."""
    return share_scale(ind_id, analysis) is not None


def indicator_rule_name(ind_id):
    """The name whose direction rule applies to an indicator (its column or output name)."""
    return ind_id.split("|")[0]
