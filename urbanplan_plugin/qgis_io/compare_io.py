"""Result layers in, comparison out: reading two result tables for ``core.scenarios.compare`` and
writing the delta layer and the per-field summary."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsWkbTypes,
)

from ..core import schema as S
from ..i18n import tr
from .layers import _value
from .outputs import cell, new_feature, schema_spec, table_fields, write_rows
from .qgis_compat import make_field

EXCLUDED_FIELDS = {"fid", "id", "oid", "gid", "uid", "ogc_fid", "objectid", "from_node",
                   "to_node", "component"}
"""Numeric fields never compared unless named: identifiers, not outcomes (also every name
ending in _id or fid)."""


def numeric_field_names(fields):
    return [f.name() for f in fields if f.isNumeric()]


def common_numeric_fields(base_fields, scen_fields, exclude=()):
    """Numeric fields in both layers (baseline order), minus identifiers and ``exclude``."""
    scen = set(numeric_field_names(scen_fields))
    skip = {e.lower() for e in exclude if e} | EXCLUDED_FIELDS
    return [n for n in numeric_field_names(base_fields)
            if n in scen and n.lower() not in skip and not n.lower().endswith(("_id", "fid"))]


def geometry_key(geom, geographic):
    """A key that pairs the same geometry in two layers: WKT rounded to 1 mm (or 1e-8 degree)."""
    if geom is None or geom.isNull():
        return None
    return geom.asWkt(8 if geographic else 3)


def read_table(source, fields, key_field=None, population_field=None, to_crs=None,
               feedback=None, what="layer"):
    """Keys, {field: float array}, population array (or None), geometries and fids.

    Without a key field, rows are keyed by their geometry (transformed to ``to_crs`` first so
    both sides use the same coordinates). NULL becomes NaN; text in a numeric field is an
    error."""
    names = source.fields().names()
    for f in list(fields) + [key_field, population_field]:
        if f and f not in names:
            raise QgsProcessingException(tr("Field '{f}' is not in the {what} layer. Both layers "
                                            "must come from the same analysis.").format(
                f=f, what=what))
    xform = None
    if to_crs is not None and to_crs.isValid() and source.sourceCrs().isValid() \
            and source.sourceCrs() != to_crs:
        xform = QgsCoordinateTransform(source.sourceCrs(), to_crs, QgsProject.instance())
    geographic = (to_crs if to_crs is not None and to_crs.isValid()
                  else source.sourceCrs()).isGeographic()
    has_geom = QgsWkbTypes.geometryType(source.wkbType()) not in (
        QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry)
    if not key_field and not has_geom:
        raise QgsProcessingException(tr(
            "The {what} layer has no geometry, so rows can only be paired by a key field: "
            "choose one (e.g. the origin id).").format(what=what))
    request = QgsFeatureRequest()
    if not has_geom:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    keys, geoms, fids = [], [], []
    vals = {f: [] for f in fields}
    pop = [] if population_field else None
    total = max(source.featureCount(), 1)
    for i, feat in enumerate(source.getFeatures(request)):
        if feedback is not None and i % 5000 == 0:
            if feedback.isCanceled():
                return None
        geom = QgsGeometry(feat.geometry()) if has_geom else None
        if geom is not None and xform is not None and not geom.isNull():
            geom.transform(xform)
        if key_field:
            k = _value(feat[key_field])
            if k is None:
                raise QgsProcessingException(tr(
                    "Feature {fid} of the {what} layer has no value in the key field '{k}'. "
                    "Every row needs a key to be paired.").format(fid=feat.id(), what=what,
                                                                   k=key_field))
            keys.append(k)
        else:
            k = geometry_key(geom, geographic)
            if k is None:
                raise QgsProcessingException(tr(
                    "Feature {fid} of the {what} layer has no geometry, so it cannot be paired "
                    "by geometry. Choose a key field.").format(fid=feat.id(), what=what))
            keys.append(k)
        for f in fields:
            vals[f].append(_float(_value(feat[f]), f, what))
        if pop is not None:
            pop.append(_float(_value(feat[population_field]), population_field, what))
        geoms.append(geom)
        fids.append(feat.id())
        if feedback is not None and i % 5000 == 0:
            feedback.setProgress(40.0 * i / total)
    arrays = {f: np.asarray(v, dtype=np.float64) for f, v in vals.items()}
    return keys, arrays, (np.asarray(pop, dtype=np.float64) if pop is not None else None), \
        geoms, fids


def _float(v, field, what):
    if v is None:
        return np.nan
    if isinstance(v, bool):
        return float(v)
    try:
        return float(v)
    except (TypeError, ValueError):
        raise QgsProcessingException(tr(
            "Field '{f}' of the {what} layer holds text ('{v}'); only numeric fields can be "
            "compared.").format(f=field, what=what, v=str(v)[:30])) from None


def delta_fields(compared, key_field=None, population_field=None):
    """Output fields: key (a copy of the baseline's key QgsField), per field F: F_base, F_scen,
    F_delta, F_status; population; change and change_detail."""
    fields = QgsFields()
    if key_field is not None:
        fields.append(QgsField(key_field))
    for f in compared:
        for pattern in (S.FIELD_BASE, S.FIELD_SCEN, S.FIELD_DELTA, S.FIELD_STATUS):
            name = S.fill(pattern, f)
            kind = S.kind("comparescenarios", "OUTPUT", name)
            fields.append(make_field(name, kind, 24 if kind == "string" else 0))
    if population_field:
        fields.append(make_field(population_field, "double"))
    fields.append(make_field(S.CHANGE, S.kind("comparescenarios", "OUTPUT", S.CHANGE), 12))
    fields.append(make_field(S.CHANGE_DETAIL,
                             S.kind("comparescenarios", "OUTPUT", S.CHANGE_DETAIL), 24))
    return fields


def write_delta(sink, fields, comparison, base_geoms, scen_geoms, base_keys, scen_keys,
                key_field=None, feedback=None):
    """One feature per compared row; geometry from the baseline (or the scenario when the row
    exists only there)."""
    n = len(comparison)
    for i in range(n):
        if feedback is not None and i % 5000 == 0:
            if feedback.isCanceled():
                return False
            feedback.setProgress(60.0 + 35.0 * i / max(n, 1))
        bi, si = int(comparison.base_index[i]), int(comparison.scen_index[i])
        geom = base_geoms[bi] if bi >= 0 else scen_geoms[si]
        attrs = []
        if key_field:
            attrs.append(base_keys[bi] if bi >= 0 else scen_keys[si])
        for f in comparison.fields:
            b, s, d, st = comparison.values[f]
            attrs += [b[i], s[i], d[i], str(st[i])]
        if comparison.population is not None:
            attrs.append(comparison.population[i])
        attrs += [str(comparison.change[i]), str(comparison.change_detail[i])]
        sink.addFeature(new_feature(fields, geom, attrs))
    return True


SUMMARY_COLUMNS = schema_spec("comparescenarios", "SUMMARY", (
    S.FIELD, S.DIRECTION, S.NULL_MEANS, S.N_ROWS, S.N_BETTER, S.N_WORSE, S.N_SAME,
    S.N_NULL_TO_VALUE, S.N_VALUE_TO_NULL, S.N_NULL_BOTH, S.N_UNMATCHED, S.MEAN_BASE,
    S.MEAN_SCENARIO, S.MEAN_DELTA, S.POP_WEIGHTED_DELTA, S.POP_BETTER, S.POP_WORSE))
"""[(name, kind)] of the comparison summary (from core.schema)."""


def summary_fields():
    return table_fields(SUMMARY_COLUMNS)


def write_summary(sink, rows):
    write_rows(rows, SUMMARY_COLUMNS, sink)


# ------------------------------------------------------------------------------------------
# indicators of one analysis run, and area differences for polygon results
# ------------------------------------------------------------------------------------------

def numeric_outputs(alg):
    """Names of an algorithm's numeric outputs (its summary numbers), in declaration order."""
    from qgis.core import QgsProcessingOutputNumber
    return [o.name() for o in alg.outputDefinitions() if isinstance(o, QgsProcessingOutputNumber)]


def indicators_from_results(spec, alg, results, summary_layer=None):
    """{indicator id: value} from a run's numeric outputs and (optionally) its summary table.

    Summary ids are 'column|key1|key2' (see core.scenarios.lenses.indicator_id)."""
    from ..core.scenarios.lenses import indicator_id
    out = {}
    for name in numeric_outputs(alg):
        v = results.get(name)
        out[name] = None if v is None else _maybe_float(v)
    if summary_layer is not None and spec.summary_values:
        names = summary_layer.fields().names()
        by_column = {col: [] for col in spec.summary_values if col in names}
        for feat in summary_layer.getFeatures():
            if any(str(_value(feat[k])) != str(v) for k, v in spec.summary_filter.items()
                   if k in names):
                continue
            keys = [str(_value(feat[k])) for k in spec.summary_keys if k in names]
            for col in by_column:
                by_column[col].append((indicator_id(col, keys), _maybe_float(_value(feat[col]))))
        # one block per column (all shares, then all times), in the table's row order
        for items in by_column.values():
            for ind, v in items:
                out[ind] = v
    return out


def _maybe_float(v):
    v = cell(v)
    return v if isinstance(v, float) else None


def area_difference_fields(key_field):
    fields = QgsFields()
    fields.append(make_field(key_field or S.KEY, "string", 40))
    fields.append(make_field(S.CHANGE, "string", 12))
    fields.append(make_field(S.CHANGE_DETAIL, "string", 24))
    fields.append(make_field(S.AREA_M2, S.kind("comparescenarios", "AREA_CHANGES", S.AREA_M2)))
    return fields


def area_differences(base_layer, scen_layer, key_field, crs=None):
    """Areas gained (better) and lost (worse) per key value between two polygon layers.

    Returns a list of (key, change, QgsGeometry, area in m²); areas are measured in ``crs``
    (a projected CRS; default the baseline layer's)."""
    crs = crs or base_layer.crs()
    xs = None
    if scen_layer.crs() != base_layer.crs():
        xs = QgsCoordinateTransform(scen_layer.crs(), base_layer.crs(), QgsProject.instance())

    def dissolve(layer, xform):
        groups = {}
        for f in layer.getFeatures():
            g = QgsGeometry(f.geometry())
            if g.isNull() or g.isEmpty():
                continue
            if xform is not None:
                g.transform(xform)
            k = str(_value(f[key_field])) if key_field else "all"
            groups.setdefault(k, []).append(g)
        return {k: QgsGeometry.unaryUnion(v) for k, v in groups.items()}

    b = dissolve(base_layer, None)
    s = dissolve(scen_layer, xs)
    to_m = None
    if crs != base_layer.crs():
        to_m = QgsCoordinateTransform(base_layer.crs(), crs, QgsProject.instance())
    out = []
    for k in sorted(set(b) | set(s), key=_sort_key):
        gb, gs = b.get(k), s.get(k)
        gained = gs.difference(gb) if gb is not None and gs is not None else gs
        lost = gb.difference(gs) if gb is not None and gs is not None else gb
        for geom, change in ((gained, "better"), (lost, "worse")):
            if geom is None or geom.isEmpty():
                continue
            m = QgsGeometry(geom)
            if to_m is not None:
                m.transform(to_m)
            area = m.area()
            if area <= 1e-6:
                continue
            out.append((k, change, geom, area))
    return out


def _sort_key(k):
    try:
        return (0, float(k), "")
    except (TypeError, ValueError):
        return (1, 0.0, str(k))


def analysis_of(source):
    """(analysis id, output name) of a result layer, or None for a layer no UrbanPlan analysis
    wrote: the output schema (core/schema.py) says which fields belong to which analysis."""
    from ..core import schema as S
    return S.detect(source.fields().names())


def check_same_analysis(baseline, scenario):
    """Refuse two layers that come from different analyses (a flood exposure layer against a
    15-minute-city layer shares only the population columns, and would be 'unchanged')."""
    a, b = analysis_of(baseline), analysis_of(scenario)
    if a == b or (a is None and b is None):
        return
    def name(x):
        return tr("a layer no UrbanPlan analysis wrote") if x is None else f"'{x[0]}' ({x[1]})"
    raise QgsProcessingException(tr(
        "The baseline comes from {a} and the scenario from {b}: different analyses, whose rows "
        "and fields do not match. Compare two results of the same analysis (run it once on "
        "the baseline inputs and once on the scenario's).").format(a=name(a), b=name(b)))


# ------------------------------------------------------------------------------------------
# raster results (the flood simulation): cell-by-cell differences
# ------------------------------------------------------------------------------------------

def _raster_cells(path, what):
    from .rasters import read_raster
    r = read_raster(path, dtype=np.float64, what=what)
    return np.where(r.nodata, np.nan, r.values), r.grid


def _cells_for_comparison(output, results, params, what):
    """The cells of one raster output as the comparison reads them (see
    core.flood.floodsimulation.recession_for_comparison for RECESSION_H)."""
    vals, grid = _raster_cells(results[output], what)
    if output == "RECESSION_H" and results.get("MAX_DEPTH"):
        from ..core.flood.floodsimulation import (
            DEFAULT_RECESSION_DEPTH_M,
            recession_for_comparison,
        )
        depth, _grid = _raster_cells(results["MAX_DEPTH"], what)
        try:
            rec_depth = float(params.get("RECESSION_DEPTH_M"))
        except (TypeError, ValueError):
            rec_depth = DEFAULT_RECESSION_DEPTH_M
        vals = recession_for_comparison(vals, depth, rec_depth)
    return vals, grid


def raster_difference(output, column, base, scenario, out_path, crs=None):
    """Scenario minus baseline of the raster ``output`` of two runs, written to the GeoTIFF
    ``out_path``. ``base`` and ``scenario`` are (results, parameters) of the two runs; the
    ``column`` of core/schema.py (analysis floodsimulation) gives the unit and the better
    direction. Returns the :class:`core.scenarios.compare.RasterChange`."""
    from ..core.scenarios.compare import FieldRule, raster_change
    from ..core.scenarios.lenses import RASTER_SAME
    from .rasters import crs_metrics, write_geotiff
    col = S.column("floodsimulation", output, column) or S.find(column)
    what = tr("{o} raster").format(o=output)
    b, grid = _cells_for_comparison(output, base[0], base[1], what)
    s, sgrid = _cells_for_comparison(output, scenario[0], scenario[1], what)
    same_grid = (b.shape == s.shape and np.allclose(grid.geotransform, sgrid.geotransform,
                                                    rtol=0, atol=1e-6 * max(grid.dx, 1e-9)))
    if not same_grid:
        raise QgsProcessingException(tr(
            "The baseline and scenario {o} rasters are on different grids: compare runs on "
            "the same terrain model (same extent and cell size).").format(o=output))
    _geographic, unit, _axes = crs_metrics(grid)
    cell_area = abs(grid.dx * grid.dy) * unit * unit
    rule = FieldRule(col.better if col is not None else "none", "none")
    tol = RASTER_SAME.get(col.unit if col is not None else "", 0.0)
    change = raster_change(b, s, rule, tolerance=tol, cell_area_m2=cell_area)
    write_geotiff(out_path, change.delta, grid, crs=crs, nodata=-9999.0)
    return change
