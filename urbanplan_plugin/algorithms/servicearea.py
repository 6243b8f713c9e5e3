"""urbanplan:servicearea — walking service areas (isochrones) built from the streets reached."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.network.build import DEFAULT_WALK_SPEED_KMH
from ..core.walk.fifteenminutecity import DEFAULT_MAX_SNAP_M
from ..core.walk.servicearea import (
    DEFAULT_BANDS_MIN,
    DEFAULT_SHOULDER_M,
    parse_bands,
    service_areas,
)
from ..qgis_io.layers import FeedbackProgress, check_source, engine_errors
from ..qgis_io.outputs import cell, new_feature, schema_spec, table_fields
from ..qgis_io.points import read_points
from ..qgis_io.shapes import to_qgs
from .base import POINT_OR_POLYGON, POINT_OR_POLYGON_SOURCES, Choice, UrbanPlanAlgorithm, tr_noop

BAND_MODE = Choice("BAND_MODE", tr_noop("Bands"), (
    ("nested", tr_noop("Nested (0-5, 0-10, 0-15 min)"), False),
    ("rings", tr_noop("Rings, not overlapping (0-5, 5-10, 10-15 min)"), True)), "nested")


class ServiceArea(UrbanPlanAlgorithm):
    NAME = "servicearea"
    GROUP = "walkability"

    FACILITIES = "FACILITIES"
    NETWORK = "NETWORK"
    BANDS = "BANDS"
    WALK_SPEED_KMH = "WALK_SPEED_KMH"
    MAX_SNAP_M = "MAX_SNAP_M"
    SHOULDER_M = "SHOULDER_M"
    PER_FACILITY = "PER_FACILITY"
    BAND_MODE = "BAND_MODE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Walking service areas (isochrones)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Areas within 5, 10, 15... minutes' walk of facilities, drawn from the "
                       "streets actually reached.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Draws the area within walking reach of facilities (schools, clinics, stops, "
            "shelters) for bands such as 5, 10 and 15 minutes.\n\n"
            "Method: facilities attach to the nearest point of the nearest street (within the "
            "largest snap distance, default {snap:g} m; farther ones are counted in the log and "
            "get no area). The walk spreads along the network; a band of T minutes is a budget "
            "of T x speed metres. Every street segment is reached entirely, partly from one or "
            "both of its ends, or not at all; the reached stretches are widened by a walkable "
            "shoulder on each side (round ends) and merged per band. Nothing is interpolated "
            "between streets (no hull, no triangulation), so a river or a railway without a "
            "crossing stays outside the area however close it is.\n\n"
            "Bands (BANDS): minutes separated by commas, default {bands}. Band mode: nested (0-5, "
            "0-10, 0-15: each band contains the smaller ones) or rings (0-5, 5-10, 10-15: ring "
            "areas add up to the largest band).\n\n"
            "Walking speed: default {speed} km/h, the mean adult walking speed of the Highway "
            "Capacity Manual (TRB 2010); at this speed 5 minutes are 400 m.\n\n"
            "Shoulder: default {sh:g} m either side of a reached street, the buffer Oliver, "
            "Schuurman and Hall (2007, Int. J. Health Geogr. 6:41) put around line-based network "
            "buffers; it stands for the plots and buildings fronting the street. The walk across "
            "the shoulder is not counted in the time.\n\n"
            "Per facility: one area per facility and band (one bounded search per facility, "
            "stopping at the largest band), with facility_id = the facility's feature id. "
            "Otherwise the areas of all facilities are dissolved: a place is in the 10-minute "
            "band when the nearest facility is within 10 minutes.\n\n"
            "Output fields: facility_id (per facility; NULL when dissolved), band_from_min (0 "
            "for nested bands), band_min, area_m2. Numbers: LARGEST_BAND_AREA_KM2 (area within "
            "the largest band of any facility, dissolved), FACILITIES_USED, "
            "FACILITIES_OFF_NETWORK."
        ).format(snap=DEFAULT_MAX_SNAP_M, bands=", ".join(f"{b:g}" for b in DEFAULT_BANDS_MIN),
                 speed=DEFAULT_WALK_SPEED_KMH, sh=DEFAULT_SHOULDER_M) + self.travel_help() + \
            self.tr("\nWith a profile and a DEM the area is where people of that profile can "
                    "travel *to* a facility within the band (uphill trips reach less far).") + \
            self.choices_help()

    def canExecute(self):  # noqa: N802
        try:
            import shapely  # noqa: F401
        except ImportError:
            return False, self.tr("Service areas need the Python package shapely (Debian/Ubuntu: "
                                  "python3-shapely; OSGeo4W: python3-shapely).")
        return True, ""

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Facilities (points or polygons)"),
            POINT_OR_POLYGON_SOURCES))
        self.add_network()
        self.addParameter(QgsProcessingParameterString(
            self.BANDS, self.tr("Bands (minutes, separated by commas)"),
            defaultValue=", ".join(f"{b:g}" for b in DEFAULT_BANDS_MIN)))
        self.add_walking_speed()
        self.add_travel()
        self.add_snap_distance(self.tr("Largest distance from a facility to the network (m)"))
        self.add_number(self.SHOULDER_M, self.tr("Walkable shoulder either side of a reached "
                                                 "street (m)"),
                        tr_noop("shoulder"), "m", DEFAULT_SHOULDER_M)
        self.addParameter(QgsProcessingParameterBoolean(
            self.PER_FACILITY, self.tr("One area per facility (otherwise dissolved)"),
            defaultValue=False))
        self.add_choice(BAND_MODE)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Service areas"), QgsProcessing.SourceType.TypeVectorPolygon))
        for key, label in (("LARGEST_BAND_AREA_KM2",
                            self.tr("Area within the largest band, all facilities (km²)")),
                           ("FACILITIES_USED", self.tr("Facilities on the network")),
                           ("FACILITIES_OFF_NETWORK",
                            self.tr("Facilities farther than the snap distance"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.add_fragments()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        facilities = self.parameterAsSource(parameters, self.FACILITIES, context)
        check_source(facilities, self.tr("facilities"), POINT_OR_POLYGON)
        speed = self.read_number(parameters, self.WALK_SPEED_KMH, context)
        max_snap = self.read_number(parameters, self.MAX_SNAP_M, context)
        shoulder = self.read_number(parameters, self.SHOULDER_M, context)
        per_facility = self.parameterAsBoolean(parameters, self.PER_FACILITY, context)
        rings = self.read_choice(parameters, self.BAND_MODE, context)
        with engine_errors():
            bands = parse_bands(self.parameterAsString(parameters, self.BANDS, context))

        net, crs = self.read_network(parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(20)
        travel = self.read_travel(parameters, context, feedback, net, crs, speed).travel
        pts = read_points(facilities, crs, context, feedback)
        index = travel.index(net, **self.read_fragments(parameters, context))
        snapped = index.snap(pts.xy, max_distance=max_snap)
        feedback.setProgress(25)
        with engine_errors():
            res = service_areas(net, snapped, bands, speed, shoulder, per_facility, rings,
                                progress=FeedbackProgress(feedback, 25.0, 90.0),
                                graph=travel.graph(net), travel=travel)
        if res.cancelled or feedback.isCanceled():
            return {}
        self.push_log(feedback, res.log)
        return self._write(parameters, context, feedback, res, pts, crs, bands, per_facility)

    def _write(self, parameters, context, feedback, res, pts, crs, bands, per_facility):
        fields = table_fields(schema_spec("servicearea", "OUTPUT",
                                          (S.FACILITY_ID, S.BAND_FROM_MIN, S.BAND_MIN,
                                           S.AREA_M2)))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        for i in range(len(res)):
            if feedback.isCanceled():
                return {}
            fi = int(res.facility[i])
            sink.addFeature(new_feature(fields, to_qgs(res.geometry[i]), [
                None if fi < 0 else int(pts.fids[fi]), res.band_from_min[i], res.band_min[i],
                cell(res.area_m2[i], digits=1)]))
        feedback.setProgress(100)
        if not per_facility:
            for lo, hi, area in zip(res.band_from_min, res.band_min, res.area_m2):
                feedback.pushInfo(self.tr("  {lo:g}-{hi:g} min: {a:.3f} km²").format(
                    lo=lo, hi=hi, a=area / 1e6))
        feedback.pushInfo(self.tr(
            "{n} facilities on the network; within {b:g} min of any of them: {a:.3f} km².").format(
            n=res.facilities_used, b=bands[-1], a=res.largest_area_m2 / 1e6))
        return {self.OUTPUT: dest_id, "LARGEST_BAND_AREA_KM2": res.largest_area_m2 / 1e6,
                "FACILITIES_USED": res.facilities_used,
                "FACILITIES_OFF_NETWORK": res.facilities_off_network}
