"""urbanplan:accessibilitygrid — a hexagon heat map of walking access."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.network.build import DEFAULT_WALK_SPEED_KMH
from ..core.presets import load_osm_mapping
from ..core.walk.accessibilitygrid import (
    DEFAULT_BETA,
    DEFAULT_CELL_SIZE_M,
    DEFAULT_HORIZON_MIN,
    DEFAULT_THRESHOLD_MIN,
    GRAVITY_MIN_SHARE,
    MAX_GRAVITY_CUTOFF_MIN,
    POWER_T_MIN,
    cells_in_zones,
    gravity_cutoff_min,
    grid_access,
    hex_grid,
)
from ..core.walk.fifteenminutecity import (
    DEFAULT_MAX_SNAP_M,
    safe_field_names,
)
from ..qgis_io.layers import (
    FeedbackProgress,
    check_source,
    engine_errors,
)
from ..qgis_io.outputs import cell as value
from ..qgis_io.outputs import new_feature, schema_spec, table_fields
from ..qgis_io.points import read_points
from ..qgis_io.shapes import extent_tuple, hexagon_geometry, read_polygons
from ..qgis_io.walkability import (
    ENTRANCE_TOLERANCE_M,
    check_category_field,
    read_destinations,
)
from .base import (
    POINT_OR_POLYGON,
    POINT_OR_POLYGON_SOURCES,
    POLYGON_ACCESS,
    Choice,
    UrbanPlanAlgorithm,
    tr_noop,
)

DECAY = Choice("DECAY", tr_noop("Gravity decay function"), (
    ("exponential", tr_noop("Exponential: exp(-beta t)")),
    ("power", tr_noop("Power: t^-beta"))), "exponential")


class AccessibilityGrid(UrbanPlanAlgorithm):
    NAME = "accessibilitygrid"
    GROUP = "walkability"

    DESTINATIONS = "DESTINATIONS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    NETWORK = "NETWORK"
    EXTENT = "EXTENT"
    ZONES = "ZONES"
    CELL_SIZE = "CELL_SIZE"
    WALK_SPEED_KMH = "WALK_SPEED_KMH"
    THRESHOLD_MIN = "THRESHOLD_MIN"
    DECAY = "DECAY"
    BETA = "BETA"
    HORIZON_MIN = "HORIZON_MIN"
    MAX_SNAP_M = "MAX_SNAP_M"
    POLYGON_ACCESS = "POLYGON_ACCESS"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Accessibility grid (hexagon heat map)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Walk time to the nearest service, opportunities within reach and "
                       "gravity access on a grid of hexagons.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Covers an extent (or zones) with hexagons and measures walking access from each "
            "cell's centre along the street network.\n\n"
            "Cells: hexagons whose centres are CELL_SIZE metres apart (default {cell:g} m; a "
            "cell's area is 0.866 x size²). Without an extent or zones the grid covers the "
            "network. Zones keep the cells that touch them. More than 1 000 000 cells stops "
            "with the count and a suggested size. A cell stands for its centre, attached to the "
            "nearest street within the largest snap distance (default {snap:g} m); cells farther "
            "away (water, rail yards, big parks) get NULL, not 0.\n\n"
            "Per cell:\n"
            "- time_<category>_min: minutes to the nearest destination of each category (one "
            "search per category); nearest_min: to the nearest of any category. NULL beyond the "
            "search horizon (HORIZON_MIN, default {hor:g} min); null_reason says why (off_network, "
            "island: no such destination on the cell's piece of network, beyond_horizon; "
            "impassable: with a travel profile, the cell's own way is too steep both ways).\n"
            "- opportunities: the sum of WEIGHT_FIELD (jobs, seats; 1 per destination without it) "
            "over the destinations within THRESHOLD_MIN (default {thr:g} min): the cumulative "
            "opportunities measure.\n"
            "- gravity: sum of weight x f(t) over the destinations (Hansen 1959 gravity "
            "access), with f(t) = exp(-beta t) (exponential, default beta {be:g} per minute) or "
            "f(t) = t^-beta (power, default beta {bp:g}, t at least {tmin:g} min). These betas "
            "are examples, not published constants: calibrate them to a local travel survey "
            "when you can. Hansen's sum runs over every destination; the tool sums until the "
            "weight is negligible, up to the time where f(t) falls to {share:g} % of f(0) "
            "(exponential beta {be:g}: {cut_e:.1f} min; power beta {bp:g}: {cut_p:.0f} min, "
            "capped at {cap:g} min), whatever the search horizon. gravity_trunc_max_pct gives, "
            "per cell, an upper bound of the percentage of the full sum left out (every "
            "destination beyond the cut-off weighs at most f(cut-off)); GRAVITY_TRUNC_MAX_PCT "
            "is the largest over the cells.\n\n"
            "Exact method for the sums: the network is undirected, so each destination (or each "
            "cell, whichever are fewer) gets its own search bounded at the cut-off, and every "
            "cell-destination pair within it is found with its exact walk (partial edges "
            "included) without building a full matrix. Polygon destinations stand for their "
            "point on surface; parks, playgrounds and sports grounds are entered wherever their "
            "boundary meets a street (within {ent:g} m) and count once, at their nearest "
            "entrance.\n\n"
            "Walking speed: default {speed} km/h (Highway Capacity Manual, TRB 2010). Category "
            "names become safe field names; the mapping is in the log.\n\n"
            "Fragments: small disconnected pieces of the network (fewer than MIN_COMPONENT_NODES "
            "junctions and shorter than MIN_COMPONENT_M) are not snapped to, so a cell beside "
            "the main streets is never stranded on one.\n\n"
            "Numbers: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY and "
            "MEAN_NEAREST_MIN (means over the cells on the network), GRAVITY_CUTOFF_MIN and "
            "GRAVITY_TRUNC_MAX_PCT."
        ).format(cell=DEFAULT_CELL_SIZE_M, snap=DEFAULT_MAX_SNAP_M, hor=DEFAULT_HORIZON_MIN,
                 share=100 * GRAVITY_MIN_SHARE, cut_e=gravity_cutoff_min("exponential"),
                 cut_p=gravity_cutoff_min("power", cap=1e9), cap=MAX_GRAVITY_CUTOFF_MIN,
                 thr=DEFAULT_THRESHOLD_MIN, be=DEFAULT_BETA["exponential"],
                 bp=DEFAULT_BETA["power"], tmin=POWER_T_MIN, speed=DEFAULT_WALK_SPEED_KMH,
                 ent=ENTRANCE_TOLERANCE_M) + self.travel_help() + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DESTINATIONS, self.tr("Destinations (services, jobs: points or polygons)"),
            POINT_OR_POLYGON_SOURCES))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, self.tr("Category field (empty = one category 'all')"),
            parentLayerParameterName=self.DESTINATIONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, self.tr("Weight field (jobs, seats; empty = 1 per destination)"),
            parentLayerParameterName=self.DESTINATIONS,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_network()
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Grid extent (empty = the network's extent)"), optional=True))
        self.add_zones(self.tr("Zones (keep the cells touching them)"), name_field=False)
        self.add_number(self.CELL_SIZE, self.tr("Cell size: distance between cell centres (m)"),
                        tr_noop("cell size"), "m", DEFAULT_CELL_SIZE_M)
        self.add_walking_speed()
        self.add_travel()
        self.add_number(self.THRESHOLD_MIN, self.tr("Threshold for cumulative opportunities "
                                                    "(minutes)"),
                        tr_noop("threshold"), "min", DEFAULT_THRESHOLD_MIN)
        self.add_choice(DECAY)
        self.add_number(self.BETA, self.tr(
            "Decay beta (empty = {e:g} per minute for exponential, {p:g} for power; "
            "examples)").format(e=DEFAULT_BETA["exponential"], p=DEFAULT_BETA["power"]),
            tr_noop("decay beta"), optional=True)
        self.add_snap_distance(self.tr("Largest distance from a cell centre or destination to "
                                       "the network (m)"))
        self.add_number(self.HORIZON_MIN, self.tr("Search horizon for nearest times (minutes)"),
                        tr_noop("search horizon"), "min", DEFAULT_HORIZON_MIN, advanced=True)
        self.add_choice(POLYGON_ACCESS)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Accessibility grid"), QgsProcessing.SourceType.TypeVectorPolygon))
        for key, label in (("CELL_COUNT", self.tr("Cells")),
                           ("CELLS_ON_NETWORK", self.tr("Cells whose centre is on the network")),
                           ("MEAN_OPPORTUNITIES", self.tr("Mean opportunities within the "
                                                          "threshold")),
                           ("MEAN_GRAVITY", self.tr("Mean gravity access")),
                           ("MEAN_NEAREST_MIN", self.tr("Mean walk to the nearest destination "
                                                        "(min)")),
                           ("GRAVITY_CUTOFF_MIN", self.tr("Gravity summed up to (min)")),
                           ("GRAVITY_TRUNC_MAX_PCT", self.tr("Largest share of a cell's full "
                                                             "gravity sum left out (upper "
                                                             "bound, %)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.add_fragments()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        dests = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        check_source(dests, self.tr("destinations"), POINT_OR_POLYGON)
        cat_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None
        check_category_field(dests, cat_field)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        zones = self.read_zones(parameters, context)
        cell = self.read_number(parameters, self.CELL_SIZE, context)
        speed = self.read_number(parameters, self.WALK_SPEED_KMH, context)
        threshold = self.read_number(parameters, self.THRESHOLD_MIN, context)
        horizon = self.read_number(parameters, self.HORIZON_MIN, context)
        max_snap = self.read_number(parameters, self.MAX_SNAP_M, context)
        beta = self.read_number(parameters, self.BETA, context)
        decay = self.read_choice(parameters, self.DECAY, context)
        access = self.read_choice(parameters, self.POLYGON_ACCESS, context)

        net, crs = self.read_network(parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(15)
        centres, rings = self._grid(parameters, context, feedback, net, crs, zones, cell)
        travel = self.read_travel(parameters, context, feedback, net, crs, speed).travel

        index = travel.index(net, **self.read_fragments(parameters, context))
        boundary_cats = [c for c, v in load_osm_mapping().categories.items()
                         if (v or {}).get("access") == "boundary"]
        dxy, labels, owner, n_feat, info = read_destinations(
            dests, crs, cat_field, index, access, boundary_cats, context, feedback)
        if info:
            feedback.pushInfo(info)
        weight = None
        if weight_field:
            wpts = read_points(dests, crs, context, feedback, fields=[weight_field])
            wfeat = wpts.numeric(weight_field, what=self.tr("weight field '{f}'").format(
                f=weight_field), allow_null=False, allow_negative=False)
            weight = wfeat[owner]
        if feedback.isCanceled():
            return {}
        feedback.setProgress(25)
        if cat_field is None:
            labels = np.full(len(labels), "all", dtype=object)
        with engine_errors():
            res = grid_access(net, centres, rings, dxy, labels, weight, speed_kmh=speed,
                              threshold_min=threshold, horizon_min=horizon, decay=decay,
                              beta=beta, max_snap_m=max_snap, dest_owner=owner, index=index,
                              graph=travel.graph(net),
                              progress=FeedbackProgress(feedback, 25.0, 90.0), travel=travel)
        if res.cancelled or feedback.isCanceled():
            return {}
        self.push_log(feedback, res.log)
        return self._write(parameters, context, feedback, res, centres, rings, crs, cell,
                           threshold)

    def _grid(self, parameters, context, feedback, net, crs, zones, cell):
        """Hexagon centres and rings: over the zones, else the extent, else the network."""
        zone_shapes = None
        if zones is not None:
            zone_shapes = read_polygons(zones.source, crs, context, feedback)
            if not zone_shapes:
                raise QgsProcessingException(self.tr("The zone layer has no usable polygons."))
            b = np.array([z.bounds for z in zone_shapes])
            extent = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
        elif not self.parameterAsExtent(parameters, self.EXTENT, context).isNull():
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if rect.isEmpty():
                raise QgsProcessingException(self.tr(
                    "The grid extent has no area. Draw or choose a larger extent."))
            extent = extent_tuple(rect)
        else:
            lo, hi = net.node_xy.min(axis=0), net.node_xy.max(axis=0)
            extent = (lo[0], lo[1], hi[0], hi[1])
            feedback.pushInfo(self.tr("No extent or zones given: the grid covers the network."))
        with engine_errors():
            centres, rings = hex_grid(extent, cell)
        if zone_shapes is not None:
            keep = cells_in_zones(rings, zone_shapes)
            centres, rings = centres[keep], rings[keep]
        feedback.pushInfo(self.tr("{n:,} hexagons of {s:g} m.").format(n=len(centres), s=cell))
        return centres, rings

    def _write(self, parameters, context, feedback, res, centres, rings, crs, cell, threshold):
        names = safe_field_names(res.categories)
        feedback.pushInfo(self.tr("Category -> field:"))
        for c in res.categories:
            feedback.pushInfo(f"  {c} -> {S.fill(S.TIME_CAT_MIN, names[c])}")
        fields = table_fields(schema_spec(
            "accessibilitygrid", "OUTPUT",
            [S.CELL_ID, S.SNAP_M, S.NEAREST_MIN]
            + [S.fill(S.TIME_CAT_MIN, names[c]) for c in res.categories]
            + [S.OPPORTUNITIES, S.GRAVITY, S.GRAVITY_TRUNC_MAX_PCT, S.NULL_REASON]))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields,
                                  QgsWkbTypes.Type.Polygon, crs)
        nearest = res.nearest_min
        total = max(len(centres), 1)
        for i in range(len(centres)):
            if i % 5000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(90.0 + 10.0 * i / total)
            values = [i, value(res.snap_m[i], digits=1), value(nearest[i], digits=3)]
            values += [value(res.time[i, j], digits=3) for j in range(len(res.categories))]
            values += [value(res.opportunities[i], digits=3), value(res.gravity[i], digits=6),
                       value(res.gravity_trunc_max_pct[i], digits=4),
                       res.null_reason[i] if res.null_reason is not None else None]
            sink.addFeature(new_feature(fields, hexagon_geometry(rings[i]), values))
        s = res.summary
        feedback.pushInfo(self.tr(
            "{c:,} cells, {o:,} on the network; mean opportunities within {t:g} min: {m}; mean "
            "walk to the nearest destination: {n} min.").format(
            c=s["CELL_COUNT"], o=s["CELLS_ON_NETWORK"], t=threshold,
            m="-" if not np.isfinite(s["MEAN_OPPORTUNITIES"]) else f"{s['MEAN_OPPORTUNITIES']:.1f}",
            n="-" if not np.isfinite(s["MEAN_NEAREST_MIN"]) else f"{s['MEAN_NEAREST_MIN']:.1f}"))
        feedback.setProgress(100)
        out = {self.OUTPUT: dest_id}
        for key in ("CELL_COUNT", "CELLS_ON_NETWORK", "MEAN_OPPORTUNITIES", "MEAN_GRAVITY",
                    "MEAN_NEAREST_MIN", "GRAVITY_CUTOFF_MIN", "GRAVITY_TRUNC_MAX_PCT"):
            v = s[key]
            out[key] = None if v is None or (isinstance(v, float) and not np.isfinite(v)) else v
        return out


__all__ = ["AccessibilityGrid"]
