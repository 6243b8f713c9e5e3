"""urbanplan:greenspacecoverage — who lives within the service distance of a park of each size
class, park area per resident, and the underserved population."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.network.entrances import DEFAULT_ENTRANCE_TOLERANCE_M
from ..core.publicspace.common import ALL, large_polygon_warning
from ..core.publicspace.greenspacecoverage import (
    compare_per_capita,
    coverage_summary_columns,
    green_space_coverage,
    load_park_presets,
    park_classes_from_rows,
)
from ..core.walk.fifteenminutecity import DEFAULT_MAX_SNAP_M
from ..qgis_io.layers import (
    FeedbackProgress,
    check_source,
    engine_errors,
)
from ..qgis_io.outputs import (
    cell,
    column,
    result_fields,
    schema_spec,
    table_fields,
    write_features,
    write_rows,
)
from ..qgis_io.points import read_points
from ..qgis_io.publicspace import (
    expression_parameter,
    group_values,
    is_polygon_source,
    polygon_areas,
    polygons_from_source,
)
from ..qgis_io.qgis_compat import parameter_as_fields
from ..qgis_io.walkability import group_suffixes, population_array
from .base import POINT_OR_POLYGON, POINT_OR_POLYGON_SOURCES, Choice, UrbanPlanAlgorithm, tr_noop

MATRIX_HEADERS = ["class", "min_area_m2", "service_distance_m"]
FALLBACK_PRESET = "example_three_tier"


def _presets():
    try:
        presets, benchmarks, default = load_park_presets()
    except Exception:  # a broken preset file must not stop the provider from loading
        return {}, [], None
    return presets, benchmarks, default


PRESET = Choice("PRESET", tr_noop("Park class preset"),
                lambda: [(pid, label) for pid, (label, _) in _presets()[0].items()]
                or [(FALLBACK_PRESET, None)],
                lambda: _presets()[2])


class GreenSpaceCoverage(UrbanPlanAlgorithm):
    NAME = "greenspacecoverage"
    GROUP = "publicspace"

    PARKS = "PARKS"
    PARK_FILTER = "PARK_FILTER"
    NETWORK = "NETWORK"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    GROUP_FIELDS = "GROUP_FIELDS"
    PRESET = "PRESET"
    CLASSES = "CLASSES"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    ENTRANCE_TOLERANCE_M = "ENTRANCE_TOLERANCE_M"
    MAX_SNAP_M = "MAX_SNAP_M"
    OUTPUT = "OUTPUT"
    UNDERSERVED = "UNDERSERVED"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("Green space coverage by park size")

    def shortDescription(self):  # noqa: N802
        return self.tr("Who lives within the service distance of a pocket, neighbourhood or "
                       "district park; park area per resident; the underserved population.")

    def shortHelpString(self):  # noqa: N802
        presets, benchmarks, default = _presets()
        lines = []
        for pid, (label, classes) in presets.items():
            cls = "; ".join(f"{c.label} >= {c.min_area_m2:g} m² within {c.service_distance_m:g} m "
                            f"[{c.source}]" for c in classes)
            lines.append(f"- {pid}: {label}: {cls}")
        refs = "; ".join(f"{b['place']} {b['m2_per_person']:g} ({b['what']}; {b['source']})"
                         for b in benchmarks)
        return self.tr(
            "Park service coverage by size class, walking along the street network.\n\n"
            "Each park (polygon) gets the class with the largest minimum area it reaches; parks "
            "smaller than every class are left out of the coverage. A park is entered wherever "
            "its boundary meets the network or comes within ENTRANCE_TOLERANCE_M (default "
            "{t:g} m) of it. For each class, one search from all its parks' entrances gives every "
            "home's walking distance to the nearest park of that class; the home is covered by "
            "the class when that distance is within the class's service distance, and covered "
            "when any class covers it. Homes farther than MAX_SNAP_M (default {s:g} m) from the "
            "network get NULL and count as not covered.\n\n"
            "Classes: a preset from resources/presets/park_classes.json (editable), or your own "
            "table in CLASSES (rows of class name, minimum area in m², service distance in m), "
            "which replaces the preset. Shipped presets:\n{p}\n\n"
            "Population: points or polygons (their point on surface); POPULATION_FIELD people per "
            "feature (empty = 1); GROUP_FIELDS numeric (people of a group) or text "
            "(categories).\n\n"
            "Outputs: OUTPUT = population features with dist_<class>_m, cov_<class> (1/0, NULL "
            "when unreachable) and covered; UNDERSERVED = the population features no class "
            "covers, with the reason; SUMMARY = per zone (ZONES + ZONE_FIELD; 'all' first) and "
            "group: population, park_m2 (all parks, dissolved, clipped to the zone), "
            "park_m2_per_resident, people covered per class, pop_covered_any, pop_uncovered, "
            "pop_uncovered_pct. The log compares park area per resident with reference values "
            "(m² per person; definitions differ between cities): {r}."
        ).format(t=DEFAULT_ENTRANCE_TOLERANCE_M, s=DEFAULT_MAX_SNAP_M, p="\n".join(lines),
                 r=refs) + self.travel_help() + self.tr(
            "\nGROUP_PROFILES (advanced): a travel profile per group field, e.g. "
            "pop_65plus=older_adult; pop_wheelchair=wheelchair. Each such group reaches the "
            "parks with its own profile (its ways: a wheelchair never takes steps; its slopes; "
            "the entrances on those ways), one search per profile and class. OUTPUT gets "
            "dist_<class>_<group>_m and cov_<class>_<group> per class and covered_<group> for "
            "every group whose profile differs from PROFILE, and the summary rows of the group "
            "count it with its own profile. The group must be one of GROUP_FIELDS and a "
            "numeric field (people of the group per feature).") + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PARKS, self.tr("Parks and green spaces (polygons)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterExpression(
            self.PARK_FILTER, self.tr("Park filter (public access, type)"),
            parentLayerParameterName=self.PARKS, optional=True))
        self.add_network()
        self.add_travel(group_profiles=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population (points or polygons)"), POINT_OR_POLYGON_SOURCES))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (empty = 1 person per feature)"),
            parentLayerParameterName=self.POPULATION,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.GROUP_FIELDS, self.tr("Group fields (sex, age, disability)"),
            parentLayerParameterName=self.POPULATION, optional=True, allowMultiple=True))
        self.add_choice(PRESET)
        self.addParameter(QgsProcessingParameterMatrix(
            self.CLASSES, self.tr("Own park classes (replace the preset)"),
            headers=MATRIX_HEADERS, optional=True))
        self.add_zones(self.tr("Zones for the summary (optional)"))
        self.add_entrance_tolerance(self.tr("Entrance tolerance (m)"))
        self.add_snap_distance(advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Population with park coverage"),
            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNDERSERVED, self.tr("Underserved population"),
            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Park coverage summary"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        for key, label in (
                ("POPULATION", self.tr("Total population")),
                ("POP_COVERED_PCT", self.tr("Population covered by any park class (%)")),
                ("SHARE_UNCOVERED_PCT", self.tr("Population not covered (%)")),
                ("PARK_M2_PER_RESIDENT", self.tr("Park area per resident (m²)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.add_fragments()

    def _classes(self, parameters, context, feedback):
        matrix = [None if _null(v) else v for v in
                  (self.parameterAsMatrix(parameters, self.CLASSES, context) or [])]
        if all(v is None or str(v).strip() == "" for v in matrix):
            matrix = []       # an unset matrix comes back as [NULL]
        with engine_errors():
            if matrix:
                k = len(MATRIX_HEADERS)
                if len(matrix) % k:
                    raise QgsProcessingException(self.tr(
                        "The class table needs {k} values per row: class, minimum area (m²), "
                        "service distance (m).").format(k=k))
                rows = [matrix[i:i + k] for i in range(0, len(matrix), k)]
                classes = park_classes_from_rows(rows)
                feedback.pushInfo(self.tr("Park classes from the table (the preset is not "
                                          "used)."))
                return classes
            presets, _, _ = load_park_presets()
        pid = self.read_choice(parameters, self.PRESET, context)
        if pid not in presets:
            raise QgsProcessingException(self.tr("Unknown park class preset '{p}'.").format(p=pid))
        label, classes = presets[pid]
        feedback.pushInfo(self.tr("Park classes: {l}").format(l=label))
        return classes

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        parks_src = self.parameterAsSource(parameters, self.PARKS, context)
        pop_src = self.parameterAsSource(parameters, self.POPULATION, context)
        check_source(parks_src, self.tr("parks"), QgsWkbTypes.GeometryType.PolygonGeometry)
        check_source(pop_src, self.tr("population"), POINT_OR_POLYGON)
        zones_in = self.read_zones(parameters, context)
        tolerance = self.read_number(parameters, self.ENTRANCE_TOLERANCE_M, context)
        max_snap = self.read_number(parameters, self.MAX_SNAP_M, context)
        classes = self._classes(parameters, context, feedback)
        for c in classes:
            feedback.pushInfo(self.tr("  {l}: parks >= {a:g} m², within {d:g} m [{s}]").format(
                l=c.label, a=c.min_area_m2, d=c.service_distance_m, s=c.source))
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        group_fields = parameter_as_fields(self, parameters, self.GROUP_FIELDS, context)
        self.check_group_profiles(parameters, context, group_fields, pop_src)
        expression = expression_parameter(self, parameters, self.PARK_FILTER, context)

        net, crs = self.read_network(parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(10)
        log = []
        with engine_errors():
            parks, _, _ = polygons_from_source(parks_src, crs, "park", log, context, feedback,
                                               expression=expression)
            zones = zone_names = None
            if zones_in is not None:
                zones, zone_names = zones_in.shapes(crs, log, context, feedback)
        pts = read_points(pop_src, crs, context, feedback,
                          fields=[pop_field] + list(group_fields))
        population = population_array(pts, pop_field, self.tr("population field '{f}'").format(
            f=pop_field))
        groups = group_values(pts, pop_src, group_fields)
        if is_polygon_source(pop_src):
            warn = large_polygon_warning(polygon_areas(pop_src, crs, context),
                                         min(c.service_distance_m for c in classes))
            if warn:
                log.append(warn)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(20)
        travel_in = self.read_travel(parameters, context, feedback, net, crs,
                                     groups=group_fields)
        travel = travel_in.travel
        fragments = self.read_fragments(parameters, context)
        own = travel_in.own_groups(net, feedback, **fragments)
        with engine_errors():
            res = green_space_coverage(net, pts.xy, population, parks, classes, groups=groups,
                                       zones=zones, zone_names=zone_names,
                                       entrance_tolerance=tolerance, max_snap_m=max_snap,
                                       index=travel.index(net, **fragments),
                                       progress=FeedbackProgress(feedback, 20.0, 80.0),
                                       travel=travel, group_travel=own)
        if res is None or feedback.isCanceled():
            return {}
        self.push_log(feedback, log + res.log)
        return self._write(parameters, context, feedback, res, pop_src, pts, classes)

    def _write(self, parameters, context, feedback, res, pop_src, pts, classes):
        new, cols = [], []
        for j, c in enumerate(classes):
            new += [S.fill(S.DIST_CLASS_M, res.fields[c.id]), S.fill(S.COV_CLASS, res.fields[c.id])]
            cols += [column(res.dist[:, j], digits=2), column(res.covered[:, j], "int")]
        new.append(S.COVERED)
        cols.append(column(res.covered_any, "int"))
        for g, suffix in group_suffixes(res.groups or {}).items():
            acc = res.groups[g]
            for j, c in enumerate(classes):
                name = f"{res.fields[c.id]}_{suffix}"
                new += [S.fill(S.DIST_CLASS_M, name), S.fill(S.COV_CLASS, name)]
                cols += [column(acc.dist[:, j], digits=2), column(acc.covered[:, j], "int")]
            new.append(S.fill(S.COVERED_GROUP, suffix))
            cols.append(column(acc.covered_any, "int"))
            feedback.pushInfo(self.tr("Group {g} ({p}): {f}").format(
                g=g, p=acc.profile, f=", ".join(new[-(2 * len(classes) + 1):])))
        fields, kept = result_fields(pop_src.fields(), "greenspacecoverage", "OUTPUT", new,
                                     feedback)
        sink, dest = self.sink(parameters, self.OUTPUT, context, fields,
                                          pop_src.wkbType(), pop_src.sourceCrs())
        if not write_features(pop_src, pts.fids, kept, cols, sink, context, feedback,
                              start=80.0, end=88.0):
            return {}
        ufields, ukept = result_fields(pop_src.fields(), "greenspacecoverage", "UNDERSERVED",
                                       (S.NEAREST_PARK_M, S.REASON), feedback)
        usink, udest = self.sink(parameters, self.UNDERSERVED, context, ufields,
                                            pop_src.wkbType(), pop_src.sourceCrs())
        with np.errstate(invalid="ignore"):
            nearest = np.where(np.isfinite(res.dist).any(axis=1),
                               np.nanmin(np.where(np.isfinite(res.dist), res.dist, np.inf),
                                         axis=1), np.nan)
        not_cov = ~(res.covered_any == 1)
        reason_off = self.tr("off the network (farther than the snap distance)")
        reason_far = self.tr("no park of any class within its service distance")
        reason_none = self.tr("no park reachable over the network")

        def reason(i):
            if not res.origin_ok[i]:
                return reason_off
            return reason_far if np.isfinite(nearest[i]) else reason_none

        ucols = [column(nearest, digits=2), [reason(i) for i in range(len(nearest))]]
        if not write_features(pop_src, pts.fids, ukept, ucols, usink, context, feedback,
                              start=88.0, end=95.0, keep=lambda i: bool(not_cov[i])):
            return {}
        out = {self.OUTPUT: dest, self.UNDERSERVED: udest}
        spec = schema_spec("greenspacecoverage", "SUMMARY",
                           coverage_summary_columns(classes, res.fields))
        ssink, sid = self.parameterAsSink(parameters, self.SUMMARY, context, table_fields(spec),
                                          QgsWkbTypes.Type.NoGeometry)
        if ssink is not None:
            write_rows(res.summary, spec, ssink)
            out[self.SUMMARY] = sid
        top = next(r for r in res.summary if r[S.ZONE] == ALL and r[S.POP_GROUP] == ALL)
        tot = top[S.POPULATION]
        covered_pct = 100.0 * top[S.POP_COVERED_ANY] / tot if tot > 0 else None
        out.update({"POPULATION": float(tot), "POP_COVERED_PCT": covered_pct,
                    "SHARE_UNCOVERED_PCT": top[S.POP_UNCOVERED_PCT] if tot > 0 else None,
                    "PARK_M2_PER_RESIDENT": cell(top[S.PARK_M2_PER_RESIDENT])})
        self._report(feedback, res, classes, top)
        feedback.setProgress(100)
        return out

    def _report(self, feedback, res, classes, top):
        tot = top[S.POPULATION]
        for c in classes:
            v = top[S.fill(S.POP_COV_CLASS, res.fields[c.id])]
            feedback.pushInfo(self.tr("  {l} within {d:g} m: {p:,.0f} people ({s})").format(
                l=c.label, d=c.service_distance_m, p=v,
                s="-" if tot <= 0 else f"{100 * v / tot:.1f}%"))
        feedback.pushInfo(self.tr("Not covered by any class: {p:,.0f} people ({s}).").format(
            p=top[S.POP_UNCOVERED], s="-" if tot <= 0 else f"{top[S.POP_UNCOVERED_PCT]:.1f}%"))
        own = res.groups or {}
        for row in res.summary:
            if row[S.ZONE] != ALL or row[S.POP_GROUP] == ALL:
                continue
            g, t = row[S.POP_GROUP], row[S.POPULATION]
            feedback.pushInfo(self.tr("  {g}: {s} covered ({p}).").format(
                g=g, s="-" if not t > 0 else f"{100.0 * row[S.POP_COVERED_ANY] / t:.1f}%",
                p=self.tr("own travel profile '{p}'").format(p=own[g].profile) if g in own
                else self.tr("travels as everyone does")))
        _, benchmarks, _ = _presets()
        line = compare_per_capita(top[S.PARK_M2_PER_RESIDENT], benchmarks)
        if line:
            feedback.pushInfo(self.tr("Park area per resident: {l}").format(l=line))


def _null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())
