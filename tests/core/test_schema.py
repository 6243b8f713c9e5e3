"""The one output schema (urbanplan_plugin/core/schema.py) keeps its naming rules, and the code
that reads result fields -- report, scorecard and compare lenses, comparison rules -- finds every
field through it (no QGIS needed; the written layers are checked in
tests/qgis/test_output_schema.py)."""
import ast
import re
from pathlib import Path

import numpy as np
import pytest

from urbanplan_plugin.core import schema as S

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "urbanplan_plugin"

SQL_KEYWORDS = set("""
ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN
BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT
CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC
DETACH DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER
FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN
INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE
LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR ORDER OTHERS
OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE RECURSIVE REFERENCES REGEXP
REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS SAVEPOINT SELECT SET
TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM
VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT
ILIKE UNION ALL COUNT AVG MIN MAX SUM VALUE
""".split())
"""SQLite's keywords (https://www.sqlite.org/lang_keywords.html, SQLite 3.40), GDAL's OGR SQL
keywords and aggregate names (https://gdal.org/user/ogr_sql_dialect.html) and VALUE, reserved in
standard SQL: no column may be called one of them (``ogrinfo -sql`` failed on ``group``)."""


def fields():
    return [c for c in S.COLUMNS if c.output != S.NUMBERS]


# ------------------------------------------------------------------------------------------
# the declarations themselves
# ------------------------------------------------------------------------------------------

def test_every_column_is_well_formed():
    for c in S.COLUMNS:
        assert c.unit in S.UNITS, c
        assert c.kind in S.KINDS, c
        assert c.better in S.DIRECTIONS and c.null_means in S.NULL_MEANINGS, c
        assert c.label and c.meaning, c
        assert c.output == S.NUMBERS or S.table(c.analysis, c.output) is not None, c
        if c.is_pattern:
            ph = c.placeholder
            assert ph and c.name.count("<") == 1, c
            # the label names what the placeholder holds, e.g. {cat}
            assert "{" not in c.label or f"{{{ph}}}" in c.label, c
        if c.kind == "string":
            assert c.unit in ("text", "id"), c
    keys = [(c.analysis, c.output, c.name) for c in S.COLUMNS]
    assert len(keys) == len(set(keys)), "a column is declared twice"


def test_every_table_has_its_columns_and_its_signature_is_declared():
    for t in S.TABLES:
        for name in t.signature:
            col = S.column(t.analysis, t.output, name)
            assert col is not None and col.name == name, (t, name)
        if t.geometry != "raster" and t.output != "AREA_CHANGES":
            assert S.columns(t.analysis, t.output), t
        if t.category_rows:
            assert S.column(t.analysis, t.output, S.CATEGORY) is not None


def test_unit_in_the_name():
    """Distances *_m, times *_min, shares in percent *_pct, areas *_m2/_km2...: a field of a
    unit with an ending has it, and a field ending like a unit has that unit. Public numeric
    outputs (POP_SHARE_ALL_WITHIN, KM_FLOODED) keep their names and are left out."""
    endings = {u: re.compile(rx) for u, (_, rx) in S.UNITS.items() if rx}
    for c in fields():
        name = c.name.lower()
        if c.unit in endings:
            assert endings[c.unit].search(name), f"{c.analysis} {c.name}: unit {c.unit}"
        for unit, rx in endings.items():
            if rx.search(name) and c.unit != "inherit":
                assert c.unit == unit, f"{c.analysis} {c.name} ends like {unit}, is {c.unit}"
        if "share" in name or "pct" in name:
            assert c.unit == "pct", f"{c.name}: a share is in percent"
        if c.unit == "ratio":
            assert "share" not in name and "pct" not in name, c.name


def test_no_reserved_sql_word():
    bad = [(c.analysis, c.name) for c in fields()
           if c.name.upper() in SQL_KEYWORDS
           or any(p.upper() in SQL_KEYWORDS for p in re.split(r"<[a-z_]+>", c.name) if p
                  and not p.startswith("_") and not p.endswith("_"))]
    assert not bad, bad
    assert "GROUP" in SQL_KEYWORDS and "group" not in {c.name for c in fields()}


def test_one_name_one_meaning():
    """The same name has the same unit, direction and NULL meaning in every table (and the
    same kind among fields), so a reader, a comparison and a style never have to ask which
    table it came from."""
    seen = {}
    for c in S.COLUMNS:
        key = c.name.lower()
        if key in seen:
            o = seen[key]
            assert (c.unit, c.better, c.null_means) == (o.unit, o.better, o.null_means), (c, o)
            if c.output != S.NUMBERS and o.output != S.NUMBERS:
                assert c.kind == o.kind, (c, o)
        else:
            seen[key] = c


def test_one_name_per_concept():
    names = {c.name for c in fields()}
    # the people counted in a row, those within, the group: one name each
    for old in ("population_within", "share_within", "group", "POP_TOTAL", "TOTAL_POPULATION",
                "share_lost", "share_uncovered_pct", "count", "value", "wet_share"):
        assert old not in names, old
    assert {S.POPULATION, S.POP_WITHIN, S.POP_WITHIN_PCT, S.POP_GROUP} <= names


def test_patterns_fill_and_match():
    assert S.fill(S.TIME_CAT_MIN, "shelter_5min") == "time_shelter_5min_min"
    assert S.match(S.TIME_CAT_MIN, "time_shelter_5min_min") == "shelter_5min"
    assert S.match(S.TIME_CAT_MIN, "time_school") is None
    assert S.match(S.WET_RP, "wet_rp2_5") == "rp2_5" and S.match(S.WET_RP, "wet_any") is None
    # a fixed column wins over a pattern; the more specific pattern over the looser one
    assert S.column("greenspacecoverage", "SUMMARY", "pop_covered_any").name == \
        S.POP_COVERED_ANY
    assert S.column("greenspacecoverage", "SUMMARY", "pop_cov_pocket").name == S.POP_COV_CLASS
    assert S.find("time_before_school_min").name == S.TIME_BEFORE_CAT_MIN
    assert S.pattern_values(["zone", "pop_cov_a", "pop_covered_any", "pop_cov_b"],
                            "greenspacecoverage", "SUMMARY", S.POP_COV_CLASS) == {
        "a": "pop_cov_a", "b": "pop_cov_b"}


def test_every_table_is_recognised_by_its_fields():
    """The report and the styles recognise an output by its fields: the declared fields of
    every recognisable output lead back to it (tables are tried in order)."""
    for t in S.TABLES:
        if not t.signature:
            continue
        names = [S.fill(c.name, "school") if c.is_pattern else c.name
                 for c in S.columns(t.analysis, t.output)]
        assert S.detect(names) == (t.analysis, t.output), t
        assert S.detect(list(t.signature)[:-1]) != (t.analysis, t.output) or \
            len(t.signature) == 1


def test_renamed_fields_are_gone_and_their_new_names_declared():
    declared = {c.name for c in S.COLUMNS}
    for r in S.RENAMED:
        if r.note.startswith("row value"):
            continue
        assert any((c.analysis, c.output, c.name) == (r.analysis, r.output, r.new)
                   for c in S.COLUMNS), r
        assert r.old not in declared or r.old in (S.SCORE, S.CHANGE), r


def test_changelog_lists_every_rename():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    for r in S.RENAMED:
        assert f"`{r.old}`" in text and f"`{r.new}`" in text, r
    version = re.search(r"^version=(\S+)", (ROOT / "metadata.txt").read_text(), re.M).group(1)
    assert f"## {version}" in text


# ------------------------------------------------------------------------------------------
# the readers find every field through the schema
# ------------------------------------------------------------------------------------------

def test_lenses_name_declared_fields():
    from urbanplan_plugin.core.scenarios.lenses import ANALYSES, INDICATOR_LABELS
    for spec in ANALYSES:
        a = spec.name
        for name in spec.compare_fields + ((spec.key_field,) if spec.key_field else ()):
            assert S.is_declared(a, spec.result, name), (a, name)
        if spec.summary:
            for name in spec.summary_keys + spec.summary_values + tuple(spec.summary_filter):
                assert S.is_declared(a, spec.summary, name), (a, name)
        for ind in spec.scorecard:
            head, *keys = ind.split("|")
            out = spec.summary if keys else S.NUMBERS
            assert S.is_declared(a, out, head), (a, ind)
            assert all(k in (S.ALL, S.ALL_CATEGORIES, S.ANY_CATEGORY) for k in keys), ind
        for hidden in spec.table_hidden:
            # a summary word, or a numeric output that repeats a summary column
            assert hidden.strip("|") in (S.ALL_CATEGORIES, S.ANY_CATEGORY) or \
                S.is_declared(a, S.NUMBERS, hidden.strip("|")), (a, hidden)
        for output, name in spec.raster_deltas:
            assert S.table(a, output).geometry == "raster", (a, output)
            assert S.is_declared(a, output, name), (a, output, name)
    # every label the dock and the scorecard show comes from the schema
    assert INDICATOR_LABELS["pop_within_pct"] == S.column(
        "fifteenminutecity", "SUMMARY", "pop_within_pct").label


def test_share_indicators_from_the_units():
    from urbanplan_plugin.core.scenarios.lenses import is_share, share_scale
    assert share_scale("POP_SHARE_ALL_WITHIN") == 100.0         # a fraction 0-1
    assert share_scale("pop_within_pct|school|all") == 1.0       # already in %
    assert share_scale("POP_WITHIN_PCT") == 1.0
    assert not is_share("median_time_min|any_category|all") and not is_share("POP_TOTAL")
    assert not is_share("aep_wet")                               # a probability, no share


def test_comparison_rules_come_from_the_schema():
    from urbanplan_plugin.core.scenarios.compare import FieldRule, rule_for
    for c in S.COLUMNS:
        if c.unit in ("inherit", "text", "id") or c.is_pattern:
            continue
        assert rule_for(c.name, analysis=c.analysis) == FieldRule(c.better, c.null_means), c
    assert rule_for("time_school_min") == FieldRule("lower", "worst")
    # a field UrbanPlan does not write: still guessed from its name
    assert rule_for("walk_minutes") == FieldRule("lower", "worst")


class Recording(dict):
    """Columns of a result item that note every name asked for."""

    def __init__(self, data, asked):
        super().__init__(data)
        self.asked = asked

    def __getitem__(self, key):
        self.asked.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.asked.add(key)
        return super().get(key, default)

    def __contains__(self, key):
        self.asked.add(key)
        return super().__contains__(key)


def _fake_item(analysis, output, asked):
    """A result item with every declared column of an output (patterns for two categories,
    summary rows for 'all', two groups and a zone, with the combined category rows)."""
    from urbanplan_plugin.core.report.model import ResultItem
    cols = S.columns(analysis, output)
    values = {"cat": ("school", "clinic"), "class": ("pocket", "park"), "rp": ("rp10", "rp100"),
              "field": ("time_school_min", "score"), "group": ("pop_65plus", "pop_wc")}
    names = []
    for c in cols:
        names += ([c.named(v) for v in values[c.placeholder]] if c.is_pattern else [c.name])
    n = 6
    data = {}
    for name in names:
        c = S.column(analysis, output, name)
        if name == S.ZONE:
            data[name] = np.array([S.ALL, S.ALL, S.ALL, S.ALL, "North", "North"], dtype=object)
        elif name == S.POP_GROUP:
            data[name] = np.array([S.ALL, S.ALL, S.ALL, "elderly", S.ALL, S.ALL], dtype=object)
        elif name == S.CATEGORY:
            data[name] = np.array(["school", S.ALL_CATEGORIES, S.ANY_CATEGORY, "school",
                                   S.ALL_CATEGORIES, S.ANY_CATEGORY], dtype=object)
        elif name == S.DEPTH_CLASS:
            data[name] = np.array(["low", "high", S.NOT_EXPOSED, "low", "low", "high"],
                                  dtype=object)
        elif c.kind == "string":
            data[name] = np.array(["better", "worse", "same", "better", "x", "y"], dtype=object)
        else:
            data[name] = np.arange(1.0, n + 1.0)
    item = ResultItem(analysis=analysis, output=output, name=f"{analysis}_{output}",
                      columns=Recording(data, asked), count=n,
                      geometry="table" if S.table(analysis, output).geometry == "table"
                      else "point",
                      zone=np.array(["North"] * n, dtype=object))
    return item


@pytest.mark.parametrize("analysis", sorted({t.analysis for t in S.TABLES
                                             if t.geometry not in ("raster",)}))
def test_report_asks_only_for_declared_fields(analysis):
    """Every report section runs on items holding exactly the declared columns; every column
    it asks for is declared for that output (a renamed field would be asked for by its old
    name and fail here)."""
    from urbanplan_plugin.core.report.sections import BUILDERS, _Builder
    from urbanplan_plugin.core.report.zones import zone_indicators
    if analysis not in BUILDERS:
        return
    asked_by = {}
    items = []
    for t in S.tables(analysis):
        if t.geometry == "raster" or not S.columns(analysis, t.output):
            continue
        asked = set()
        asked_by[t.output] = asked
        items.append(_fake_item(analysis, t.output, asked))
    b = _Builder(lambda s: s, analysis, analysis)
    BUILDERS[analysis](b, items, lambda s: s)
    for it in items:
        for _cid, _label, _fmt, fn in zone_indicators(it):
            fn(np.ones(it.count, dtype=bool))
    for output, asked in asked_by.items():
        undeclared = {n for n in asked if not S.is_declared(analysis, output, n)}
        # the population weights look for the input's population field (POPULATION_FIELD,
        # else a field population / pop / POPULATION): input fields, not result fields
        undeclared -= {None, "pop", "POPULATION", "population"}
        # a group with its own travel profile is weighted by its group field (an input field
        # named like the group in dist_open_space_<group>_m)
        undeclared -= {"pop_65plus", "pop_wc"}
        assert not undeclared, (analysis, output, undeclared)
    assert b.section.facts or b.section.tables


def test_no_consumer_names_a_renamed_field():
    """Report, styles, lenses, compare and the writers name fields through core.schema: the
    old names are nowhere in the plugin's code except the rename list itself."""
    gone = {r.old for r in S.RENAMED if not r.note.startswith("row value")
            and "<" not in r.old} - {c.name for c in S.COLUMNS}
    # plain words that also key the report's tables and compare's indicator rows
    gone -= {"group", "value", "count", "pct_change"}
    assert len(gone) >= 10
    found = []
    for path in PLUGIN.rglob("*.py"):
        if path.name == "schema.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and node.value in gone:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert not found, "\n".join(found)
