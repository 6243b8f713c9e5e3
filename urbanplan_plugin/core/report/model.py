"""The report model: which analysis a result comes from (detection by output fields), the
result items read from layers, and the report's building blocks (facts, tables, charts, sections).

No QGIS here. ``project.report`` reads result layers into :class:`ResultItem` (columns as
numpy arrays); :mod:`.build` turns them into a :class:`Report` with one section builder per
analysis (:mod:`.sections`) and per-zone pages (:mod:`.zones`); :mod:`.charts` draws the charts
and :mod:`.html` writes the HTML. Every sentence and label goes through the ``tr`` function given to
:func:`.build.build_report`, so the report follows the interface language.

Every number shown in a table carries its full-precision value and a stable key
(``data-key``/``data-value`` attributes in the HTML), so tests and scripts can read the report
back and check it against the algorithm outputs.
"""
from dataclasses import dataclass, field

import numpy as np

from .. import schema as S


def _identity(text):
    return text


ALL = S.ALL

# ------------------------------------------------------------------------------------------
# which analysis a layer comes from
# ------------------------------------------------------------------------------------------

def signatures():
    """(analysis, output, fields that must all be present, patterns of which one field must
    exist) per recognisable output, in the order they are tried: read from ``core.schema``."""
    out = []
    for t in S.TABLES:
        if t.signature:
            out.append((t.analysis, t.output, {n for n in t.signature if "<" not in n},
                        tuple(n for n in t.signature if "<" in n)))
    return tuple(out)


SIGNATURES = signatures()

COMPARISON_ANALYSES = ("comparescenarios", "scorecard")
ANALYSIS_ORDER = ("scorecard", "comparescenarios", "fifteenminutecity", "servicearea",
                  "accessibilitygrid", "supplydemand", "sdg1171", "greenspacecoverage",
                  "suggestsites", "floodextent", "floodexposure", "floodrisk", "flooddisruption",
                  "preparewalknetwork")


def detect_output(field_names, geometry="table", band_count=0):
    """(analysis, output name) of a result layer from its field names, or None.

    A single-band raster is taken as a water depth raster (``floodextent``, or any depth map
    used as a hazard)."""
    if geometry == "raster":
        return ("floodextent", "OUTPUT") if band_count == 1 else None
    return S.detect(field_names)


def analysis_titles(tr=_identity):
    return {
        "fifteenminutecity": tr("15-minute city: walking access to daily services"),
        "servicearea": tr("Service areas (walking isochrones)"),
        "accessibilitygrid": tr("Accessibility heat map"),
        "supplydemand": tr("Supply and demand (two-step floating catchment)"),
        "sdg1171": tr("SDG 11.7.1: public space share and access"),
        "greenspacecoverage": tr("Park coverage and park area per resident"),
        "suggestsites": tr("Suggested sites for new public spaces"),
        "floodextent": tr("Flood extent and water depth"),
        "floodexposure": tr("Flood exposure by depth class"),
        "floodrisk": tr("Flood risk over several return periods"),
        "flooddisruption": tr("Walking access lost when streets flood"),
        "comparescenarios": tr("Baseline versus scenario"),
        "scorecard": tr("Scenario scorecard (all lenses)"),
        "preparewalknetwork": tr("Walking network"),
    }


def analysis_short_titles(tr=_identity):
    return {
        "fifteenminutecity": tr("15-minute city"), "servicearea": tr("Service areas"),
        "accessibilitygrid": tr("Accessibility"), "supplydemand": tr("Supply/demand"),
        "sdg1171": tr("SDG 11.7.1"), "greenspacecoverage": tr("Parks"),
        "suggestsites": tr("Sites"), "floodextent": tr("Flood extent"),
        "floodexposure": tr("Flood exposure"), "floodrisk": tr("Flood risk"),
        "flooddisruption": tr("Flood disruption"), "comparescenarios": tr("Scenario"),
        "scorecard": tr("Scorecard"), "preparewalknetwork": tr("Network"),
    }


def accepted_description(tr=_identity):
    """A sentence listing what the report accepts (for error messages)."""
    return tr("The report accepts the outputs of the UrbanPlan analyses (15-minute city, service "
              "areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested "
              "sites, flood extent, flood exposure, flood risk, flood disruption, scenario "
              "comparison and scorecard) and the walking network, with their field names as the "
              "algorithms wrote them.")


# ------------------------------------------------------------------------------------------
# inputs and the model
# ------------------------------------------------------------------------------------------

@dataclass
class ResultItem:
    """One result layer, read into plain arrays by the QGIS glue.

    ``columns``: {field: numpy array} (float with NaN for NULL, or object with None);
    ``geometry``: point/line/polygon/table/raster; ``run``: the run record (parameters) when
    known; ``zone``: per-feature zone names (object array) when zones were given;
    ``raster``: {"depth": 1-D array of wet depths (m), "cell_area_m2", "cells", "nodata_cells"}
    for a depth raster; ``map_image``: the rendered map (set by the glue)."""

    analysis: str
    output: str
    name: str
    columns: dict = field(default_factory=dict)
    geometry: str = "table"
    count: int = 0
    run: dict = None
    source: str = ""
    crs: str = ""
    zone: object = None
    raster: dict = None
    map_image: str = ""
    map_title: str = ""
    layer_id: str = ""

    def has(self, name):
        return name in self.columns

    def col(self, name):
        return self.columns.get(name)

    def num(self, name):
        v = self.columns.get(name)
        if v is None:
            return None
        return np.asarray(v, dtype=np.float64) if v.dtype != object else _to_float(v)

    def param(self, name, default=None):
        if self.run and name in (self.run.get("parameters") or {}):
            v = self.run["parameters"][name]
            return default if v in (None, "") else v
        if self.run and name in (self.run.get("defaults") or {}):
            v = self.run["defaults"][name]
            return default if v in (None, "") else v
        return default


def _to_float(arr):
    out = np.full(len(arr), np.nan)
    for i, v in enumerate(arr):
        try:
            out[i] = float(v) if v is not None else np.nan
        except (TypeError, ValueError):
            pass
    return out


@dataclass
class Fact:
    label: str
    value: object
    fmt: str = "num"
    key: str = ""
    note: str = ""
    section: str = ""


@dataclass
class Table:
    title: str
    columns: list            # [(id, label, fmt)]
    rows: list               # [dict id -> value]
    key: str = ""            # data-key prefix: key.<row key>.<column id>
    row_key: str = ""        # column whose value names the row in data keys
    note: str = ""


@dataclass
class Chart:
    kind: str                # bars | hbars | cumulative | hist | pairs | lines
    title: str
    categories: list = field(default_factory=list)
    series: dict = field(default_factory=dict)       # name -> values
    xlabel: str = ""
    ylabel: str = ""
    threshold: float = None
    threshold_label: str = ""
    colors: dict = field(default_factory=dict)
    percent: bool = False
    image: str = ""
    name: str = ""


@dataclass
class Figure:
    image: str
    title: str
    caption: str = ""


@dataclass
class Section:
    key: str
    title: str
    intro: str = ""
    facts: list = field(default_factory=list)
    tables: list = field(default_factory=list)
    charts: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    method: str = ""
    method_full: str = ""
    parameters: list = field(default_factory=list)   # [(label, value, is_default, name)]
    presets: list = field(default_factory=list)      # [(name, source)]
    notes: list = field(default_factory=list)
    layers: list = field(default_factory=list)       # [(name, source, count, crs)]


@dataclass
class ZonePage:
    zone: str
    figures: list = field(default_factory=list)
    table: Table = None


@dataclass
class Headline:
    """One headline indicator of the first page: what it is, what it means, its value (or the
    baseline, the scenario and the change)."""
    label: str
    meaning: str = ""
    value: object = None
    fmt: str = "num"
    key: str = ""
    section: str = ""
    baseline: object = None
    scenario: object = None
    change: object = None
    change_fmt: str = ""


@dataclass
class Report:
    title: str
    subtitle: str = ""
    created: str = ""
    language: str = "en"
    summary: list = field(default_factory=list)      # [Fact]
    sections: list = field(default_factory=list)
    zone_pages: list = field(default_factory=list)
    zone_table: Table = None
    software: list = field(default_factory=list)     # [(name, version)]
    attribution: list = field(default_factory=list)  # [text]
    labels: dict = field(default_factory=dict)       # fixed headings, translated
    headline: list = field(default_factory=list)     # [Headline] for the first page
    lead: str = ""                                   # the first page's opening sentence
    cover_map: Figure = None                         # the first page's map

    def charts(self):
        for s in self.sections:
            yield from s.charts

    def all_tables(self):
        for s in self.sections:
            yield from s.tables
        if self.zone_table is not None:
            yield self.zone_table
        for z in self.zone_pages:
            if z.table is not None:
                yield z.table
