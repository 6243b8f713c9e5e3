"""urbanplan:sdg1171 — SDG 11.7.1: share of the built-up area that is public space, and share
of the population within 400 m walking distance of an open public space."""
import numpy as np
from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.geometry.polygons import geometries_from_wkb, street_polygons
from ..core.publicspace.common import ALL, large_polygon_warning
from ..core.publicspace.sdg1171 import (
    DEFAULT_DISTANCE_M,
    DEFAULT_ENTRANCE_TOLERANCE_M,
    SUMMARY_COLUMNS,
    sdg_1171,
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
    is_line_source,
    is_polygon_source,
    numeric_values,
    point_feature,
    polygon_areas,
    polygons_from_source,
    read_wkb,
    repair_wkb,
)
from ..qgis_io.qgis_compat import parameter_as_fields
from ..qgis_io.walkability import group_suffixes, null_reasons, population_array
from .base import POINT_OR_POLYGON, POINT_OR_POLYGON_SOURCES, UrbanPlanAlgorithm, tr_noop


class Sdg1171(UrbanPlanAlgorithm):
    NAME = "sdg1171"
    GROUP = "publicspace"

    BUILTUP = "BUILTUP"
    OPEN_SPACES = "OPEN_SPACES"
    OPEN_SPACE_FILTER = "OPEN_SPACE_FILTER"
    STREETS = "STREETS"
    STREET_WIDTH_FIELD = "STREET_WIDTH_FIELD"
    DEFAULT_STREET_WIDTH_M = "DEFAULT_STREET_WIDTH_M"
    NETWORK = "NETWORK"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    GROUP_FIELDS = "GROUP_FIELDS"
    DISTANCE_M = "DISTANCE_M"
    ENTRANCES = "ENTRANCES"
    ENTRANCE_TOLERANCE_M = "ENTRANCE_TOLERANCE_M"
    MAX_SNAP_M = "MAX_SNAP_M"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    ACCESS_POINTS = "ACCESS_POINTS"

    def displayName(self):  # noqa: N802
        return self.tr("SDG 11.7.1: public space share and access")

    def shortDescription(self):  # noqa: N802
        return self.tr("Share of the built-up area that is open public space and streets, and "
                       "share of the population within 400 m walk of an open public space.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Computes SDG indicator 11.7.1 the way its custodian, UN-Habitat, defines it in the "
            "indicator metadata: 'Average share of the built-up area of cities that is open "
            "space for public use for all, by sex, age and persons with disabilities'. It has "
            "two parts.\n\n"
            "(a) Public space share = (area of open public space + area of streets) / built-up "
            "area x 100. Open spaces and streets are each dissolved, so overlaps are counted "
            "once, and clipped to the built-up area; where an open space overlaps a street it "
            "is counted once in the public space (so the public share can be less than the sum "
            "of the open-space and street shares). Street polygons are used as they are; street "
            "centre lines become polygons of their width (STREET_WIDTH_FIELD, or "
            "DEFAULT_STREET_WIDTH_M where the width is missing) with flat ends.\n\n"
            "(b) Access: the share of the population within DISTANCE_M (default {d:g} m, the "
            "metadata's 400 m walking distance) along the street network of an open public "
            "space. An open space is entered at the ENTRANCES points when given, otherwise "
            "wherever its boundary meets the network or comes within ENTRANCE_TOLERANCE_M "
            "(default {t:g} m) of it. One search from all entrances at once gives every home's "
            "walking distance to the nearest open space. Homes farther than MAX_SNAP_M "
            "(default {s:g} m) from the network, or on a piece of network without open space, "
            "get NULL and count as not within.\n\n"
            "Population: points, or polygons represented by their point on surface (the whole "
            "polygon counts as within when that point is; the log warns when polygons are larger "
            "than the walking circle). POPULATION_FIELD: people per feature (empty = 1 each). "
            "GROUP_FIELDS for the disaggregation by sex, age and disability: numeric fields are "
            "numbers of people of that group per feature (women, over_65, disabled); text fields "
            "are categories of each feature (sex = F/M) that split its population.\n\n"
            "OPEN_SPACE_FILTER: an expression choosing the open spaces in public use (e.g. "
            "\"access\" IS NULL OR \"access\" NOT IN ('private','no')), or a minimum area.\n\n"
            "Invalid open-space polygons are repaired (make valid) and their ids logged; open "
            "spaces outside the built-up area are clipped (logged), but people may still walk "
            "to them. Geographic layers are reprojected to the network's local UTM zone "
            "(logged).\n\n"
            "Outputs: OUTPUT = the population features with dist_open_space_m (NULL when "
            "unreachable), within (1/0, NULL when unreachable) and null_reason (why NULL: "
            "off_network, island: no open space on the feature's piece of network, or, with a "
            "travel profile, impassable: its own way is too steep both ways); SUMMARY = per "
            "zone (ZONES + ZONE_FIELD; 'all' first) and per group: population, pop_within, "
            "pop_within_pct, median distance, and the areas and shares per zone; "
            "ACCESS_POINTS = the entrances used. Numbers: OPEN_SPACE_SHARE_PCT, "
            "STREET_SHARE_PCT, PUBLIC_SPACE_SHARE_PCT, POP_WITHIN_PCT."
        ).format(d=DEFAULT_DISTANCE_M, t=DEFAULT_ENTRANCE_TOLERANCE_M, s=DEFAULT_MAX_SNAP_M) + \
            self.travel_help() + self.tr(
                "\nWith a profile, the walking distance is compared in flat-equivalent metres at "
                "the profile's speed (SDG 11.7.1 asks for access by age and disability: run it "
                "with PROFILE=wheelchair or older_adult).\n"
                "GROUP_PROFILES (advanced): a travel profile per group field, e.g. "
                "pop_65plus=older_adult; pop_wheelchair=wheelchair, so one run disaggregates "
                "access by age and disability. Each such group reaches the open spaces with its "
                "own profile: its ways (a wheelchair never takes steps), its slopes and the "
                "entrances on those ways, one search per profile. OUTPUT gets "
                "dist_open_space_<group>_m and within_<group> for every group whose profile "
                "differs from PROFILE (its NULL reasons in null_reason as <group>:<reason>), "
                "and the summary rows of the group count it with its own profile. The group "
                "must be one of GROUP_FIELDS and a numeric field (people of the group per "
                "feature).") + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        poly = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILTUP, self.tr("Built-up area (polygons)"), poly))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OPEN_SPACES, self.tr("Open public spaces (parks, squares, playgrounds: polygons)"),
            poly))
        self.addParameter(QgsProcessingParameterExpression(
            self.OPEN_SPACE_FILTER, self.tr("Open space filter (public access, minimum area)"),
            parentLayerParameterName=self.OPEN_SPACES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STREETS, self.tr("Streets (polygons, or centre lines with a width)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STREET_WIDTH_FIELD, self.tr("Street width field (m, for lines)"),
            parentLayerParameterName=self.STREETS,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_number(self.DEFAULT_STREET_WIDTH_M, self.tr("Default street width (m, for lines "
                                                             "without a width)"),
                        tr_noop("default street width"), "m", above=False, optional=True)
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
        self.add_number(self.DISTANCE_M, self.tr("Walking distance (m)"),
                        tr_noop("walking distance"), "m", DEFAULT_DISTANCE_M)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ENTRANCES, self.tr("Open space entrances (points, optional)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.add_zones(self.tr("Zones for the summary (optional)"))
        self.add_entrance_tolerance(self.tr("Entrance tolerance: network within this distance "
                                            "of the boundary (m)"))
        self.add_snap_distance(advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Population with distance to open space"),
            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("SDG 11.7.1 summary"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ACCESS_POINTS, self.tr("Open space entrances used"),
            QgsProcessing.SourceType.TypeVectorPoint, optional=True, createByDefault=False))
        for key, label in (
                ("OPEN_SPACE_SHARE_PCT", self.tr("Open space share of the built-up area (%)")),
                ("STREET_SHARE_PCT", self.tr("Street share of the built-up area (%)")),
                ("PUBLIC_SPACE_SHARE_PCT", self.tr("Public space share of the built-up area (%)")),
                ("POP_WITHIN_PCT", self.tr("Population within the distance of an open space (%)")),
                ("POPULATION", self.tr("Total population")),
                ("BUILTUP_AREA_KM2", self.tr("Built-up area (km²)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.add_fragments()

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        builtup_src = self.parameterAsSource(parameters, self.BUILTUP, context)
        os_src = self.parameterAsSource(parameters, self.OPEN_SPACES, context)
        streets_src = self.parameterAsSource(parameters, self.STREETS, context)
        pop_src = self.parameterAsSource(parameters, self.POPULATION, context)
        entr_src = self.parameterAsSource(parameters, self.ENTRANCES, context)
        poly = QgsWkbTypes.GeometryType.PolygonGeometry
        check_source(builtup_src, self.tr("built-up area"), poly)
        check_source(os_src, self.tr("open spaces"), poly)
        check_source(pop_src, self.tr("population"), POINT_OR_POLYGON)
        zones_in = self.read_zones(parameters, context)
        distance = self.read_number(parameters, self.DISTANCE_M, context)
        tolerance = self.read_number(parameters, self.ENTRANCE_TOLERANCE_M, context)
        max_snap = self.read_number(parameters, self.MAX_SNAP_M, context)
        width_field = self.parameterAsString(parameters, self.STREET_WIDTH_FIELD, context) or None
        default_width = self.read_number(parameters, self.DEFAULT_STREET_WIDTH_M, context)
        self._check_streets(streets_src, width_field, default_width, feedback)
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        group_fields = parameter_as_fields(self, parameters, self.GROUP_FIELDS, context)
        self.check_group_profiles(parameters, context, group_fields, pop_src)
        expression = expression_parameter(self, parameters, self.OPEN_SPACE_FILTER, context)

        net, crs = self.read_network(parameters, context, feedback)
        for src, what in ((builtup_src, self.tr("built-up area")), (os_src, self.tr("open space")),
                          (pop_src, self.tr("population"))):
            if src.sourceCrs().isValid() and src.sourceCrs().isGeographic():
                feedback.pushInfo(self.tr("The {w} layer is in a geographic CRS ({c}); it is "
                                          "reprojected to {d} for areas and distances.").format(
                    w=what, c=src.sourceCrs().authid(), d=crs.authid()))
        if feedback.isCanceled():
            return {}
        feedback.setProgress(10)
        log = []
        with engine_errors():
            builtup, _, _ = polygons_from_source(builtup_src, crs, "built-up area", log,
                                                 context, feedback)
            if not any(g is not None for g in builtup):
                raise QgsProcessingException(self.tr(
                    "The built-up area layer has no polygon with an area (all geometries are "
                    "empty or filtered out)."))
            open_spaces, o_fids, _ = polygons_from_source(os_src, crs, "open space", log,
                                                          context, feedback,
                                                          expression=expression)
            if expression:
                feedback.pushInfo(self.tr("Open space filter kept {n} of {m} feature(s).").format(
                    n=len(o_fids), m=os_src.featureCount()))
            streets = self._streets(streets_src, width_field, default_width, crs, log, context,
                                    feedback)
            zones = zone_names = None
            if zones_in is not None:
                zones, zone_names = zones_in.shapes(crs, log, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(20)
        pts = read_points(pop_src, crs, context, feedback,
                          fields=[pop_field] + list(group_fields))
        population = population_array(pts, pop_field, self.tr("population field '{f}'").format(
            f=pop_field))
        groups = group_values(pts, pop_src, group_fields)
        if is_polygon_source(pop_src):
            warn = large_polygon_warning(polygon_areas(pop_src, crs, context), distance)
            if warn:
                log.append(warn)
        entr_xy = None
        if entr_src is not None:
            epts = read_points(entr_src, crs, context, feedback)
            entr_xy = epts.xy[np.isfinite(epts.xy).all(axis=1)]
        if feedback.isCanceled():
            return {}
        feedback.setProgress(25)
        travel_in = self.read_travel(parameters, context, feedback, net, crs,
                                     groups=group_fields)
        travel = travel_in.travel
        fragments = self.read_fragments(parameters, context)
        index = travel.index(net, **fragments)
        own = travel_in.own_groups(net, feedback, **fragments)
        with engine_errors():
            res = sdg_1171(net, pts.xy, population, open_spaces, builtup, streets,
                           distance_m=distance, entrances_xy=entr_xy,
                           entrance_tolerance=tolerance, max_snap_m=max_snap, groups=groups,
                           zones=zones, zone_names=zone_names,
                           open_space_ids=o_fids, index=index,
                           progress=FeedbackProgress(feedback, 25.0, 85.0), travel=travel,
                           group_travel=own)
        if res is None or feedback.isCanceled():
            return {}
        self.push_log(feedback, log + res.log)
        return self._write(parameters, context, feedback, res, pop_src, pts, o_fids, crs,
                           distance)

    def _check_streets(self, streets_src, width_field, default_width, feedback):
        if streets_src is None:
            feedback.pushWarning(self.tr(
                "No street layer: the street share and the public space share are not computed. "
                "SDG 11.7.1 counts streets as public space; add a street layer for the full "
                "indicator."))
            return
        check_source(streets_src, self.tr("streets"),
                     (QgsWkbTypes.GeometryType.PolygonGeometry,
                      QgsWkbTypes.GeometryType.LineGeometry))
        if is_line_source(streets_src) and not width_field and not (default_width or 0) > 0:
            raise QgsProcessingException(self.tr(
                "The street layer has lines but no width: choose a street width field or give "
                "a default street width in metres (for example 10 m), or use street polygons."))

    def _streets(self, streets_src, width_field, default_width, crs, log, context, feedback):
        """Street polygons: as they are, or centre lines widened to their width."""
        if streets_src is None:
            return None
        if is_polygon_source(streets_src):
            streets, _, _ = polygons_from_source(streets_src, crs, "street", log, context,
                                                 feedback)
            return streets
        s_fields = [width_field] if width_field else []
        s_wkb, s_fids, s_attrs, _ = read_wkb(streets_src, crs, context, feedback,
                                             fields=s_fields, what=self.tr("street"))
        widths = (numeric_values(s_attrs[width_field], width_field, s_fids, allow_null=True)
                  if width_field else None)
        lines = geometries_from_wkb(s_wkb, repair=repair_wkb)
        streets, _ = street_polygons(lines, widths, s_fids, default_width, log)
        return streets

    def _write(self, parameters, context, feedback, res, pop_src, pts, o_fids, crs, distance):
        names = [S.DIST_OPEN_SPACE_M, S.WITHIN]
        columns = [column(res.dist, digits=2), column(res.within, "int")]
        own = res.group_access or {}
        for g, suffix in group_suffixes(own).items():
            dist, within, _ = res.group_columns(g)
            names += [S.fill(S.DIST_OPEN_SPACE_GROUP_M, suffix), S.fill(S.WITHIN_GROUP, suffix)]
            columns += [column(dist, digits=2), column(within, "int")]
            feedback.pushInfo(self.tr("Group {g} ({p}): {d}, {w}").format(
                g=g, p=own[g].profile, d=names[-2], w=names[-1]))
        names.append(S.NULL_REASON)
        if res.null_reason is None:
            columns.append([None] * len(res.dist))
        else:
            columns.append(null_reasons(res, own))
        fields, kept = result_fields(pop_src.fields(), "sdg1171", "OUTPUT", names, feedback)
        sink, dest = self.sink(parameters, self.OUTPUT, context, fields,
                               pop_src.wkbType(), pop_src.sourceCrs())
        if not write_features(pop_src, pts.fids, kept, columns, sink, context, feedback,
                              start=85.0, end=95.0,
                              bulk=self.bulk_copy(parameters, self.OUTPUT, self.POPULATION,
                                                  context, pop_src, fields, kept)):
            return {}
        del sink
        out = {self.OUTPUT: dest}
        summary_spec = schema_spec("sdg1171", "SUMMARY", SUMMARY_COLUMNS)
        sum_sink, sum_id = self.parameterAsSink(parameters, self.SUMMARY, context,
                                                table_fields(summary_spec),
                                                QgsWkbTypes.Type.NoGeometry)
        if sum_sink is not None:
            write_rows(res.summary, summary_spec, sum_sink)
            out[self.SUMMARY] = sum_id
        ap_fields = table_fields(schema_spec("sdg1171", "ACCESS_POINTS", (S.OPEN_SPACE_FID,)))
        ap_sink, ap_id = self.parameterAsSink(parameters, self.ACCESS_POINTS, context, ap_fields,
                                              QgsWkbTypes.Type.Point, crs)
        if ap_sink is not None:
            for (x, y), own in zip(res.entrances_xy, res.entrance_owner):
                ap_sink.addFeature(point_feature(ap_fields, x, y, [int(o_fids[own])]),
                                   QgsFeatureSink.Flag.FastInsert)
            out[self.ACCESS_POINTS] = ap_id

        out.update({
            "OPEN_SPACE_SHARE_PCT": cell(res.open_space_share_pct),
            "STREET_SHARE_PCT": cell(res.street_share_pct),
            "PUBLIC_SPACE_SHARE_PCT": cell(res.public_space_share_pct),
            "POP_WITHIN_PCT": cell(res.pop_within_pct),
            "POPULATION": float(res.population),
            "BUILTUP_AREA_KM2": float(res.areas.builtup_m2) / 1e6,
        })
        self._report(feedback, res, distance)
        feedback.setProgress(100)
        return out

    def _report(self, feedback, res, distance):
        def pct(v):
            return "-" if v is None or not np.isfinite(v) else f"{v:.2f}%"
        feedback.pushInfo(self.tr(
            "SDG 11.7.1 — built-up area {b:,.3f} km²: open space {o}, streets {s}, public space "
            "{p}. Population {n:,.0f}, of which {w} within {d:g} m walk of an open public space."
        ).format(b=res.areas.builtup_m2 / 1e6, o=pct(res.open_space_share_pct),
                 s=pct(res.street_share_pct), p=pct(res.public_space_share_pct),
                 n=res.population, w=pct(res.pop_within_pct), d=distance))
        own = res.group_access or {}
        for row in res.summary:
            if row[S.ZONE] != ALL or row[S.POP_GROUP] == ALL:
                continue
            g = row[S.POP_GROUP]
            feedback.pushInfo(self.tr("  {g}: {w} within {d:g} m ({p}).").format(
                g=g, w=pct(row[S.POP_WITHIN_PCT]), d=distance,
                p=self.tr("own travel profile '{p}'").format(p=own[g].profile) if g in own
                else self.tr("travels as everyone does")))

