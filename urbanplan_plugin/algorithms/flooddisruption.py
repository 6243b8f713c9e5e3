"""urbanplan:flooddisruption — walking access lost when streets flood."""
import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsRasterLayer,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.flood import floodexposure as flood
from ..core.flood.flooddisruption import (
    DEFAULT_MAX_WALK_DEPTH_M,
    edge_depth_profile,
    flood_disruption,
    load_walk_depth_presets,
)
from ..core.network.build import DEFAULT_WALK_SPEED_KMH
from ..core.walk.fifteenminutecity import (
    DEFAULT_THRESHOLD_MIN,
    HORIZON_FACTOR,
)
from ..qgis_io.flood_io import (
    read_polygon_hazard,
    result_fields,
    schema_spec,
    table_fields,
    write_features,
    write_rows,
)
from ..qgis_io.layers import (
    FeedbackProgress,
    engine_errors,
)
from ..qgis_io.outputs import cell, new_feature
from ..qgis_io.rasters import raster_crs, raster_grid, read_raster, transform_xy
from ..qgis_io.walkability import group_suffixes
from .base import UrbanPlanAlgorithm, tr_noop

SUMMARY_COLUMNS = schema_spec("flooddisruption", "SUMMARY", (
    S.CATEGORY, S.POP_GROUP, S.POPULATION, S.POP_WITHIN_BEFORE, S.POP_WITHIN_AFTER,
    S.POP_LOST_ACCESS, S.POP_LOST_PCT, S.MEDIAN_TIME_BEFORE_MIN, S.MEDIAN_TIME_AFTER_MIN))


def _walk_depth_default():
    try:
        default, presets = load_walk_depth_presets()
        return presets[default]["max_walk_depth_m"], presets[default].get("source", "")
    except Exception:  # a broken preset file must not stop the provider from loading
        return DEFAULT_MAX_WALK_DEPTH_M, ""


class FloodDisruption(UrbanPlanAlgorithm):
    NAME = "flooddisruption"
    GROUP = "flood"

    NETWORK = "NETWORK"
    HAZARD = "HAZARD"
    DEPTH_FIELD = "DEPTH_FIELD"
    MAX_WALK_DEPTH_M = "MAX_WALK_DEPTH_M"
    ORIGINS = "ORIGINS"
    POPULATION_FIELD = "POPULATION_FIELD"
    GROUP_FIELDS = "GROUP_FIELDS"
    DESTINATIONS = "DESTINATIONS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    WALK_SPEED_KMH = "WALK_SPEED_KMH"
    THRESHOLD_MIN = "THRESHOLD_MIN"
    MAX_SNAP_M = "MAX_SNAP_M"
    OUTPUT = "OUTPUT"
    FACILITIES = "FACILITIES"
    SUMMARY = "SUMMARY"
    EDGES = "EDGES"

    def displayName(self):  # noqa: N802
        return self.tr("Flood disruption of walking access")

    def shortDescription(self):  # noqa: N802
        return self.tr("Which streets become impassable on foot in a flood, and who then loses "
                       "walking access to schools, clinics and other daily services.")

    def shortHelpString(self):  # noqa: N802
        depth, source = _walk_depth_default()
        return self.tr(
            "Links a flood to the 15-minute city: streets under water deeper than a walking "
            "threshold are closed, and walking access from every origin to the nearest "
            "destination of each category is computed before and after.\n\n"
            "Depth along a street: each network edge is cut at every cell edge of the depth "
            "raster it crosses (the rule floodexposure uses for roads), so no cell it passes "
            "through is missed, and each stretch takes its cell's depth. Only the wet stretches "
            "close: an edge is split where the water crosses the walking threshold (at those "
            "cell edges), so a home or a school on the dry part of a long street keeps the dry "
            "way out, and one on the wet part is cut off. Nodata, "
            "zero and negative depths are dry (negative values with a warning); streets outside "
            "the hazard are dry and the log says how many km. Hazard polygons (DEPTH_FIELD: "
            "depth in metres, or a class name of the InaSAFE table counted as its lower bound) "
            "are burnt into 1 m cells over the network (cell-centre rule) first. A raster is "
            "never resampled: the network is reprojected to its CRS for the lookup.\n\n"
            "Walking threshold: a stretch of street is impassable when its depth is greater than "
            "MAX_WALK_DEPTH_M (default {d:g} m). Source: {s} Depth only: the hazard gives no "
            "flow velocity, and in moving water the safe depth is lower; set a smaller value "
            "for children, older people or fast-flowing water.\n\n"
            "Access: the same engine as urbanplan:fifteenminutecity (one search per category "
            "over the network, origins and destinations attached to the nearest street within "
            "MAX_SNAP_M, walking speed WALK_SPEED_KMH, default {v} km/h, threshold "
            "THRESHOLD_MIN, default {t:g} min). The 'after' run uses the same attachment: a home "
            "on a flooded stretch must wade along it, so it is cut off unless it sits at its "
            "dry end. Times are searched up to {h:g} x the threshold; beyond, or cut off, they "
            "are NULL, never 0.\n\n"
            "Outputs. OUTPUT: the origins with, per category, time_before_<cat>_min and "
            "time_after_<cat>_min (minutes) and lost_<cat> (1 = within the threshold before and "
            "not after), lost_any and street_flooded (the origin is attached to an impassable "
            "stretch). FACILITIES: the destinations with category, street_flooded (every access "
            "point on an impassable stretch), reached_before / reached_after (some origin "
            "reaches it within its threshold) and cut_off (reached before, by nobody after). "
            "SUMMARY: per category and population group (POPULATION_FIELD, GROUP_FIELDS; every "
            "origin counts 1 without them): population, pop_within_before, pop_within_after, "
            "pop_lost_access, pop_lost_pct (of those within before) and median times; category "
            "'any_category' counts people losing at least one category. EDGES: the network "
            "cut where the water crosses the threshold, one feature per stretch, with edge_id "
            "(the network edge it is part of), length_m, depth_m and impassable. Numbers: "
            "POP_LOST_ACCESS (people losing at least one category), ORIGINS_LOST_ACCESS, "
            "EDGES_FLOODED (edges with an impassable stretch), KM_FLOODED (length of the "
            "impassable stretches), FACILITIES_CUT_OFF."
        ).format(d=depth, s=source or "-", v=DEFAULT_WALK_SPEED_KMH, t=DEFAULT_THRESHOLD_MIN,
                 h=HORIZON_FACTOR) + self.travel_help() + self.tr(
            "\nWith a profile, the flooded streets close on top of the profile's own closures "
            "(steps for a wheelchair, slopes steeper than its limit).\n"
            "GROUP_PROFILES (advanced): a travel profile per group field, e.g. "
            "pop_65plus=older_adult; pop_wheelchair=wheelchair: who loses access when the "
            "streets flood, per group. Each such group is counted before and after the flood "
            "with its own profile (its ways, slopes and speed; the threshold in minutes at its "
            "own speed), one search per profile and category. OUTPUT gets lost_<cat>_<group> "
            "per category and lost_any_<group> for every group whose profile differs from "
            "PROFILE, and the summary rows of the group use its own profile. The group must be "
            "one of GROUP_FIELDS.") + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        depth, _ = _walk_depth_default()
        self.add_network()
        self.add_hazard()
        self.add_number(self.MAX_WALK_DEPTH_M, self.tr("Streets deeper than this are impassable "
                                                       "on foot (m)"),
                        tr_noop("walking depth threshold"), "m", depth, above=False)
        self.add_origin_and_destination_parameters()
        self.add_walking_speed()
        self.add_travel(group_profiles=True)
        self.add_number(self.THRESHOLD_MIN, self.tr("Threshold (minutes)"), tr_noop("threshold"),
                        "min", DEFAULT_THRESHOLD_MIN)
        self.add_snap_distance()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Walking access before and after the flood"),
            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.FACILITIES, self.tr("Facilities cut off"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Access lost: summary"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.EDGES, self.tr("Flooded streets"), QgsProcessing.SourceType.TypeVectorLine,
            optional=True, createByDefault=False))
        for key, label in (
                ("POP_LOST_ACCESS", self.tr("People losing access to at least one category")),
                ("ORIGINS_LOST_ACCESS", self.tr("Origins losing access to at least one category")),
                ("EDGES_FLOODED", self.tr("Impassable street edges")),
                ("KM_FLOODED", self.tr("Length of impassable stretches of street (km)")),
                ("FACILITIES_CUT_OFF", self.tr("Facilities no origin reaches any more"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.add_fragments()

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        network_src = self.network_source(parameters, context)
        od = self.read_origins_and_destinations(parameters, context)
        hazard, depth_field = self.read_hazard(parameters, context)
        max_depth = self.read_number(parameters, self.MAX_WALK_DEPTH_M, context)
        speed = self.read_number(parameters, self.WALK_SPEED_KMH, context)
        threshold = self.read_number(parameters, self.THRESHOLD_MIN, context)
        max_snap = self.read_number(parameters, self.MAX_SNAP_M, context)
        self.check_group_profiles(parameters, context, od.group_fields, od.origins)

        net, crs = self.read_network(parameters, context, feedback, source=network_src)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(20)
        edge_depth = self._edge_depths(hazard, depth_field, net, crs, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(30)
        travel_in = self.read_travel(parameters, context, feedback, net, crs, speed,
                                     od.group_fields)
        travel = travel_in.travel
        fragments = self.read_fragments(parameters, context)
        opts, population, groups, index, dxy, labels, owner, n_dest = od.read(
            crs, net, context, feedback, index=travel.index(net, **fragments))
        own = travel_in.own_groups(net, feedback, **fragments)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)
        with engine_errors():
            res = flood_disruption(net, edge_depth, opts.xy, dxy, labels,
                                   max_walk_depth_m=max_depth, threshold_min=threshold,
                                   speed_kmh=speed, max_snap_m=max_snap, population=population,
                                   groups=groups, dest_owner=owner, n_dest=n_dest, index=index,
                                   progress=FeedbackProgress(feedback, 40.0, 85.0),
                                   travel=travel, group_travel=own)
        if res is None or feedback.isCanceled():
            return {}
        self.push_log(feedback, res.log)
        feedback.pushInfo(self.tr("Categories and output fields: {c}").format(
            c=", ".join(f"{c} -> _{res.fields[c]}" for c in res.categories)))
        return self._write(parameters, context, feedback, od, opts, net, crs, res, max_depth)

    def _write(self, parameters, context, feedback, od, opts, net, crs, res, max_depth):
        out = {}
        out[self.OUTPUT] = self._write_origins(parameters, context, feedback, od.origins, opts,
                                               res)
        fac = self._write_facilities(parameters, context, od.destinations, res)
        if fac is not None:
            out[self.FACILITIES] = fac
        fields = table_fields(SUMMARY_COLUMNS)
        sum_sink, sum_id = self.sink(parameters, self.SUMMARY, context, fields,
                                     QgsWkbTypes.Type.NoGeometry,
                                     QgsCoordinateReferenceSystem(), required=False)
        if sum_sink is not None:
            write_rows(res.summary, SUMMARY_COLUMNS, sum_sink)
            out[self.SUMMARY] = sum_id
        edges = self._write_edges(parameters, context, net, crs, res)
        if edges is not None:
            out[self.EDGES] = edges
        feedback.pushInfo(self.tr(
            "{e} street edge(s) impassable, {km:.2f} km of them deeper than {d:g} m; {p:,.0f} "
            "people at {o} origin(s) lose walking access to at least one category; {f} "
            "facility(ies) cut off.").format(e=res.edges_flooded, km=res.km_flooded, d=max_depth,
                               p=res.pop_lost_access, o=res.origins_lost_access,
                               f=res.facilities_cut_off))
        own = res.groups or {}
        for row in res.summary:
            if row[S.CATEGORY] != S.ANY_CATEGORY or row[S.POP_GROUP] == S.ALL:
                continue
            g = row[S.POP_GROUP]
            feedback.pushInfo(self.tr("  {g}: {p:,.0f} people lose access to at least one "
                                      "category ({t}).").format(
                g=g, p=row[S.POP_LOST_ACCESS],
                t=self.tr("own travel profile '{p}'").format(p=own[g].profile) if g in own
                else self.tr("travels as everyone does")))
        feedback.setProgress(100)
        out.update({"POP_LOST_ACCESS": res.pop_lost_access,
                    "ORIGINS_LOST_ACCESS": res.origins_lost_access,
                    "EDGES_FLOODED": res.edges_flooded, "KM_FLOODED": res.km_flooded,
                    "FACILITIES_CUT_OFF": res.facilities_cut_off})
        return out

    def _edge_depths(self, hazard, depth_field, net, crs, context, feedback):
        """The water along every edge, stretch by stretch (the raster stays in its own CRS; a
        :class:`core.flood.flooddisruption.DepthProfile`, or zeros when dry); edges outside
        the hazard are dry, and the log says how many km."""
        log = []
        if isinstance(hazard, QgsRasterLayer):
            edge_depth, covered = self._raster_depths(hazard, net, crs, log)
        else:
            classes = flood.load_class_presets()[flood.DEFAULT_CLASS_PRESET]
            polys, vals, _known = read_polygon_hazard(hazard, depth_field, crs, classes, context)
            xy = net.coords
            pbox = polys.extent()
            box = (max(float(xy[:, 0].min()), pbox[0]) - 5, max(float(xy[:, 1].min()), pbox[1]) - 5,
                   min(float(xy[:, 0].max()), pbox[2]) + 5, min(float(xy[:, 1].max()), pbox[3]) + 5)
            if box[0] >= box[2] or box[1] >= box[3]:
                log.append(("warning", self.tr("The hazard polygons do not overlap the network: "
                                               "every street is dry.")))
                edge_depth = np.zeros(net.edge_count)
            else:
                grid = flood.grid_for_polygons(box)
                feedback.pushInfo(self.tr("Hazard polygons burnt into {r} x {c} cells of {s:g} m "
                                          "where they overlap the network (cell-centre rule).")
                                  .format(r=grid.rows, c=grid.cols, s=grid.dx))
                with engine_errors():
                    raster = flood.burn_polygons(polys, vals, grid)
                    edge_depth = edge_depth_profile(net, raster, log=log)
            covered = np.ones(net.edge_count, dtype=bool)  # outside every polygon is dry
        self.push_log(feedback, log)
        out_km = float(net.edge_length[~covered].sum()) / 1000.0
        if out_km > 0:
            feedback.pushWarning(self.tr(
                "{km:.2f} km of the network ({share:.0f}%) lie outside the hazard raster and are "
                "treated as dry.").format(km=out_km,
                                          share=100.0 * out_km * 1000.0 / net.total_length_m))
        return edge_depth

    # ------------------------------------------------------------------ helpers (I/O only)
    def _raster_depths(self, layer, net, crs, log):
        what = self.tr("hazard raster")
        rcrs = raster_crs(layer, what)
        grid = raster_grid(layer, what)  # refuses a raster without CRS
        coords = net.coords
        if rcrs != crs:
            coords = transform_xy(net.coords, crs, rcrs)
        ok = np.isfinite(coords).all(axis=1)
        if not ok.any():
            raise QgsProcessingException(self.tr("The network cannot be placed in the hazard "
                                                 "raster's CRS {c}.").format(c=rcrs.authid()))
        box = (float(coords[ok, 0].min()), float(coords[ok, 1].min()),
               float(coords[ok, 0].max()), float(coords[ok, 1].max()))
        raster = read_raster(layer, bbox=box, what=what) if grid.overlaps(box) else None
        if raster is None:
            log.append(("warning", self.tr("The hazard raster does not overlap the network: "
                                           "every street is dry.")))
            return np.zeros(net.edge_count), np.zeros(net.edge_count, dtype=bool)
        with engine_errors():
            profile = edge_depth_profile(net, raster, coords=coords, log=log)
        return profile, profile.covered

    def _write_origins(self, parameters, context, feedback, origins, opts, res):
        extra = []
        for c in res.categories:
            name = res.fields[c]
            extra += [S.fill(S.TIME_BEFORE_CAT_MIN, name), S.fill(S.TIME_AFTER_CAT_MIN, name),
                      S.fill(S.LOST_CAT, name)]
        extra += [S.LOST_ANY, S.STREET_FLOODED]
        own = res.groups or {}
        suffixes = group_suffixes(own)
        for g, suffix in suffixes.items():
            extra += [S.fill(S.LOST_CAT, f"{res.fields[c]}_{suffix}") for c in res.categories]
            extra.append(S.fill(S.LOST_ANY_GROUP, suffix))
            feedback.pushInfo(self.tr("Group {g} ({p}): {f}").format(
                g=g, p=own[g].profile, f=", ".join(extra[-(len(res.categories) + 1):])))
        fields, kept = result_fields(origins.fields(), "flooddisruption", "OUTPUT", extra,
                                     feedback)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields,
                                             origins.wkbType(), origins.sourceCrs())
        ok = res.before.origin_ok
        k = len(res.categories)

        def values_of(i):
            if not ok[i]:
                vals = [None] * (3 * k + 2)
            else:
                vals = []
                for j in range(k):
                    vals += [cell(res.time_before[i, j], digits=3),
                             cell(res.time_after[i, j], digits=3), int(res.lost[i, j])]
                vals += [int(res.lost[i].any()), int(res.origin_street_flooded[i])]
            for g in suffixes:
                gres = own[g]
                if not gres.before.origin_ok[i]:
                    vals += [None] * (k + 1)
                else:
                    vals += [int(v) for v in gres.lost[i]] + [int(gres.lost[i].any())]
            return vals

        write_features(origins, opts.fids, kept, values_of, sink, context, feedback, start=85.0)
        return dest_id

    def _write_facilities(self, parameters, context, dests, res):
        fields, kept = result_fields(dests.fields(), "flooddisruption", "FACILITIES",
                                     (S.CATEGORY, S.STREET_FLOODED, S.REACHED_BEFORE,
                                      S.REACHED_AFTER, S.CUT_OFF))
        sink, dest_id = self.sink(parameters, self.FACILITIES, context, fields,
                                             dests.wkbType(), dests.sourceCrs(), required=False)
        if sink is None:
            return None
        request = QgsFeatureRequest().setNoAttributes().setFlags(
            QgsFeatureRequest.Flag.NoGeometry)
        fids = [f.id() for f in dests.getFeatures(request)]

        def values_of(i):
            if res.dest_category[i] is None or not res.dest_on_network[i]:
                return [res.dest_category[i], None, None, None, None]
            return [res.dest_category[i], int(res.dest_street_flooded[i]),
                    int(res.dest_reached_before[i]), int(res.dest_reached_after[i]),
                    int(res.dest_cut_off[i])]

        write_features(dests, fids, kept, values_of, sink, context)
        return dest_id

    def _write_edges(self, parameters, context, net, crs, res):
        fields = table_fields(schema_spec("flooddisruption", "EDGES",
                                          (S.EDGE_ID, S.LENGTH_M, S.DEPTH_M, S.IMPASSABLE)))
        sink, dest_id = self.sink(parameters, self.EDGES, context, fields,
                                             QgsWkbTypes.Type.LineString, crs, required=False)
        if sink is None:
            return None
        work = res.stretches
        for s in range(work.edge_count):
            geom = QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in work.edge_coords(s)])
            sink.addFeature(new_feature(fields, geom, [int(res.stretch_edge[s]),
                                                       work.edge_length[s],
                                                       res.stretch_depth[s],
                                                       int(res.stretch_impassable[s])]))
        return dest_id
