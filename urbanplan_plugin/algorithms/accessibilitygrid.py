"""urbanplan:accessibilitygrid — a hexagon heat map of walking access."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.network.build import DEFAULT_WALK_SPEED_KMH
from ..core.network.snap import EdgeIndex
from ..core.presets import load_osm_mapping
from ..core.walk.accessibilitygrid import (
    DECAYS,
    DEFAULT_BETA,
    DEFAULT_CELL_SIZE_M,
    DEFAULT_HORIZON_MIN,
    DEFAULT_THRESHOLD_MIN,
    POWER_T_MIN,
    cells_in_zones,
    grid_access,
    hex_grid,
)
from ..core.walk.fifteenminutecity import (
    DEFAULT_MAX_SNAP_M,
    SearchGraph,
    safe_field_names,
)
from ..qgis_io.layers import (
    FeedbackProgress,
    check_source,
    engine_errors,
    network_from_source,
    source_extent,
    working_crs,
)
from ..qgis_io.points import read_points
from ..qgis_io.outputs import cell as value, new_feature, schema_spec, table_fields
from ..qgis_io.qgis_compat import set_advanced
from ..qgis_io.shapes import extent_tuple, hexagon_geometry, read_polygons
from ..qgis_io.walkability import (
    ENTRANCE_TOLERANCE_M,
    check_category_field,
    read_destinations,
)
from .base import UrbanPlanAlgorithm

POINT_OR_POLYGON = (QgsWkbTypes.GeometryType.PointGeometry,
                    QgsWkbTypes.GeometryType.PolygonGeometry)


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
            "search horizon (HORIZON_MIN, default {hor:g} min).\n"
            "- opportunities: the sum of WEIGHT_FIELD (jobs, seats; 1 per destination without it) "
            "over the destinations within THRESHOLD_MIN (default {thr:g} min): the cumulative "
            "opportunities measure.\n"
            "- gravity: sum of weight x f(t) over the destinations within the horizon (Hansen "
            "1959 gravity access), with f(t) = exp(-beta t) (exponential, default beta {be:g} "
            "per minute) or f(t) = t^-beta (power, default beta {bp:g}, t at least {tmin:g} "
            "min). These betas are examples, not published constants: calibrate them to a local "
            "travel survey when you can.\n\n"
            "Exact method for the sums: the network is undirected, so each destination (or each "
            "cell, whichever are fewer) gets its own search bounded at the horizon, and every "
            "cell-destination pair within it is found with its exact walk (partial edges "
            "included) without building a full matrix. Polygon destinations stand for their "
            "point on surface; parks, playgrounds and sports grounds are entered wherever their "
            "boundary meets a street (within {ent:g} m) and count once, at their nearest "
            "entrance.\n\n"
            "Walking speed: default {speed} km/h (Highway Capacity Manual, TRB 2010). Category "
            "names become safe field names; the mapping is in the log.\n\n"
            "Numbers: CELL_COUNT, CELLS_ON_NETWORK, MEAN_OPPORTUNITIES, MEAN_GRAVITY and "
            "MEAN_NEAREST_MIN (means over the cells on the network)."
        ).format(cell=DEFAULT_CELL_SIZE_M, snap=DEFAULT_MAX_SNAP_M, hor=DEFAULT_HORIZON_MIN,
                 thr=DEFAULT_THRESHOLD_MIN, be=DEFAULT_BETA["exponential"],
                 bp=DEFAULT_BETA["power"], tmin=POWER_T_MIN, speed=DEFAULT_WALK_SPEED_KMH,
                 ent=ENTRANCE_TOLERANCE_M)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DESTINATIONS, self.tr("Destinations (services, jobs: points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, self.tr("Category field (empty = one category 'all')"),
            parentLayerParameterName=self.DESTINATIONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, self.tr("Weight field (jobs, seats; empty = 1 per destination)"),
            parentLayerParameterName=self.DESTINATIONS,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Walking network (prepared, or any street line layer)"),
            [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Grid extent (empty = the network's extent)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (keep the cells touching them)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size: distance between cell centres (m)"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=DEFAULT_CELL_SIZE_M))
        self.addParameter(QgsProcessingParameterNumber(
            self.WALK_SPEED_KMH, self.tr("Walking speed (km/h)"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=DEFAULT_WALK_SPEED_KMH))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD_MIN, self.tr("Threshold for cumulative opportunities (minutes)"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=DEFAULT_THRESHOLD_MIN))
        self.addParameter(QgsProcessingParameterEnum(
            self.DECAY, self.tr("Gravity decay function"),
            options=[self.tr("Exponential: exp(-beta t)"), self.tr("Power: t^-beta")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BETA, self.tr("Decay beta (empty = {e:g} per minute for exponential, {p:g} for "
                               "power; examples)").format(e=DEFAULT_BETA["exponential"],
                                                          p=DEFAULT_BETA["power"]),
            type=QgsProcessingParameterNumber.Type.Double, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_SNAP_M, self.tr("Largest distance from a cell centre or destination to the "
                                     "network (m)"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=DEFAULT_MAX_SNAP_M))
        advanced = [
            QgsProcessingParameterNumber(
                self.HORIZON_MIN, self.tr("Search horizon for nearest times and gravity (minutes)"),
                type=QgsProcessingParameterNumber.Type.Double, defaultValue=DEFAULT_HORIZON_MIN),
            QgsProcessingParameterEnum(
                self.POLYGON_ACCESS, self.tr("Polygon destinations are reached"),
                options=[self.tr("Automatic: parks, playgrounds, sports grounds by their "
                                 "boundary, others by their point on surface"),
                         self.tr("At their point on surface"),
                         self.tr("Wherever their boundary meets the network")],
                defaultValue=0),
        ]
        for param in advanced:
            self.addParameter(set_advanced(param))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Accessibility grid"), QgsProcessing.SourceType.TypeVectorPolygon))
        for key, label in (("CELL_COUNT", self.tr("Cells")),
                           ("CELLS_ON_NETWORK", self.tr("Cells whose centre is on the network")),
                           ("MEAN_OPPORTUNITIES", self.tr("Mean opportunities within the "
                                                          "threshold")),
                           ("MEAN_GRAVITY", self.tr("Mean gravity access")),
                           ("MEAN_NEAREST_MIN", self.tr("Mean walk to the nearest destination "
                                                        "(min)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        dests = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        network_src = self.parameterAsSource(parameters, self.NETWORK, context)
        check_source(dests, self.tr("destinations"), POINT_OR_POLYGON)
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is not None:
            check_source(zones, self.tr("zones"), QgsWkbTypes.GeometryType.PolygonGeometry)
        cat_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        check_category_field(dests, cat_field)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        speed = self.parameterAsDouble(parameters, self.WALK_SPEED_KMH, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD_MIN, context)
        horizon = self.parameterAsDouble(parameters, self.HORIZON_MIN, context)
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP_M, context)
        decay = DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)]
        beta = (self.parameterAsDouble(parameters, self.BETA, context)
                if parameters.get(self.BETA) not in (None, "") else None)
        access = self.parameterAsEnum(parameters, self.POLYGON_ACCESS, context)
        if not cell > 0:
            raise QgsProcessingException(self.tr(
                "The cell size must be more than 0 m (got {v:g}); try {d:g} m.").format(
                v=cell, d=DEFAULT_CELL_SIZE_M))
        if not speed > 0:
            raise QgsProcessingException(self.tr(
                "The walking speed must be more than 0 km/h (got {v:g}). A typical adult speed "
                "is {d} km/h.").format(v=speed, d=DEFAULT_WALK_SPEED_KMH))

        crs = working_crs(network_src.sourceCrs(), source_extent(network_src), None, feedback,
                          self.tr("network"))
        feedback.pushInfo(self.tr("Working CRS: {c}.").format(c=crs.authid()))
        net = network_from_source(network_src, crs, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(15)

        # the grid: zones, else the extent, else the network
        zone_shapes = None
        if zones is not None:
            zone_shapes = read_polygons(zones, crs, context, feedback)
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

        index = EdgeIndex(net)
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
                              graph=SearchGraph(net),
                              progress=FeedbackProgress(feedback, 25.0, 90.0))
        if res.cancelled or feedback.isCanceled():
            return {}
        for line in res.log:
            feedback.pushWarning(line)

        names = safe_field_names(res.categories)
        feedback.pushInfo(self.tr("Category -> field:"))
        for c in res.categories:
            feedback.pushInfo(f"  {c} -> {S.fill(S.TIME_CAT_MIN, names[c])}")
        fields = table_fields(schema_spec(
            "accessibilitygrid", "OUTPUT",
            [S.CELL_ID, S.SNAP_M, S.NEAREST_MIN]
            + [S.fill(S.TIME_CAT_MIN, names[c]) for c in res.categories]
            + [S.OPPORTUNITIES, S.GRAVITY]))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        nearest = res.nearest_min
        total = max(len(centres), 1)
        for i in range(len(centres)):
            if i % 5000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(90.0 + 10.0 * i / total)
            values = [i, value(res.snap_m[i], digits=1), value(nearest[i], digits=3)]
            values += [value(res.time[i, j], digits=3) for j in range(len(res.categories))]
            values += [value(res.opportunities[i], digits=3), value(res.gravity[i], digits=6)]
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
                    "MEAN_NEAREST_MIN"):
            v = s[key]
            out[key] = None if v is None or (isinstance(v, float) and not np.isfinite(v)) else v
        return out


__all__ = ["AccessibilityGrid"]
