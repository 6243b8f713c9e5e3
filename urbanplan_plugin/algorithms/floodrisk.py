"""urbanplan:floodrisk — several return periods -> annual probability of getting wet and
expected annual damage (EAD) per building or facility."""
import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.flood import floodrisk
from ..qgis_io.flood_io import (
    column,
    numeric_attr,
    read_exposure,
    result_fields,
    schema_spec,
    table_fields,
    write_features,
    write_rows,
)
from ..qgis_io.layers import FeedbackProgress, check_source, engine_errors
from ..qgis_io.outputs import cell
from ..qgis_io.rasters import check_has_data, raster_crs, raster_grid
from .base import POINT_OR_POLYGON, Choice, UrbanPlanAlgorithm, hazard_window, tr_noop

DAMAGE_CURVE = Choice("DAMAGE_CURVE", tr_noop("Depth-damage curve (JRC 2017)"),
                      lambda: [(k, c.name) for k, c in floodrisk.load_curve_presets().items()],
                      floodrisk.DEFAULT_CURVE)
RARE_TAIL = Choice("RARE_TAIL", tr_noop("Beyond the rarest event"), (
    (floodrisk.RARE_TAIL_HOLD, tr_noop("the rarest event's damage is held for rarer events")),
    (floodrisk.RARE_TAIL_NONE, tr_noop("nothing is counted beyond the rarest event"))),
    floodrisk.RARE_TAIL_HOLD, advanced=True)


class FloodRisk(UrbanPlanAlgorithm):
    NAME = "floodrisk"
    GROUP = "flood"

    HAZARDS = "HAZARDS"
    RETURN_PERIODS = "RETURN_PERIODS"
    EXPOSURE = "EXPOSURE"
    VALUE_FIELD = "VALUE_FIELD"
    VALUE_PER_M2 = "VALUE_PER_M2"
    DAMAGE_CURVE = "DAMAGE_CURVE"
    DAMAGE_CURVE_FILE = "DAMAGE_CURVE_FILE"
    RARE_TAIL = "RARE_TAIL"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("Flood risk over return periods (expected annual damage)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Annual chance of getting wet and expected annual damage per building, "
                       "from depth rasters of several return periods and a depth-damage curve.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Combines flood depth rasters of several events (for example the 10-, 50- and "
            "100-year floods) into the risk each building or facility carries every year.\n\n"
            "HAZARDS: one depth raster (metres) per event; RETURN_PERIODS: their return periods "
            "in years, comma-separated, in the same order, from frequent to rare (e.g. "
            "10, 50, 100). Periods must increase without repeats and there must be exactly one "
            "per raster. An event's annual exceedance probability (AEP) is 1/T.\n\n"
            "Damage in an event = damage fraction x value. The value is VALUE_FIELD (per "
            "feature) or VALUE_PER_M2 x footprint area (polygons, ellipsoidal m²); without "
            "either, only the damage fraction (share of value) is reported. The damage "
            "fraction comes from a depth-damage curve: the JRC global flood depth-damage "
            "functions (Huizinga, de Moel, Szewczyk 2017, JRC Technical Report EUR 28552 EN, "
            "doi:10.2760/16510) for residential, commercial and industrial buildings per "
            "continent, or your own CSV (columns depth_m, damage_fraction; the fraction must "
            "never fall as depth grows). For a footprint the fraction is the mean over the "
            "cells whose centre is inside it (dry cells count 0); for a point, the curve at its "
            "cell's depth. Between curve points the fraction is interpolated linearly; beyond "
            "the last point it stays at the last value.\n\n"
            "EAD = the integral of damage over AEP, by trapezoids between the events: "
            "sum (p_i - p_i+1) x (D_i + D_i+1) / 2. Tails: no damage for events more frequent "
            "than the most frequent one given (as if protected up to it); for rarer events than "
            "the rarest one the rarest event's damage is held (adds D_rarest / T_rarest), or "
            "nothing with RARE_TAIL = none. Both are lower bounds.\n\n"
            "Per feature: aep_wet (1/T of the most frequent event that wets it, empty when none "
            "does), rp_wet, ead, ead_fraction and per event depth_rpT_m, damage_rpT. SUMMARY per "
            "zone: features, wet count per event, asset_value, damage per event, EAD. Rasters are "
            "never resampled; the exposure is reprojected to each raster's CRS. Features "
            "outside a raster that another raster covers are dry in that event.") + \
            self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr("Depth rasters of the events (metres), frequent to rare"),
            QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterString(
            self.RETURN_PERIODS, self.tr("Return periods in years, same order (e.g. 10, 50, 100)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EXPOSURE, self.tr("Buildings (polygons) or facilities (points)"),
            [QgsProcessing.SourceType.TypeVectorPoint,
             QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Value field (replacement value per feature)"),
            parentLayerParameterName=self.EXPOSURE,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_number(self.VALUE_PER_M2, self.tr("Value per m² of footprint (polygons)"),
                        tr_noop("value per m²"), above=False, optional=True)
        self.add_choice(DAMAGE_CURVE)
        self.addParameter(QgsProcessingParameterFile(
            self.DAMAGE_CURVE_FILE, self.tr("Own depth-damage curve (CSV depth_m,damage_fraction;"
                                            " replaces the preset)"),
            optional=True, fileFilter=self.tr("CSV files (*.csv)")))
        self.add_choice(RARE_TAIL)
        self.add_zones(self.tr("Zones for the summary"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Flood risk per feature"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Flood risk summary"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        for key, label in (("TOTAL_EAD", self.tr("Expected annual damage, all features")),
                           ("WET_COUNT", self.tr("Features wet in at least one event")),
                           ("FEATURE_COUNT", self.tr("Features analysed"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def _curve(self, parameters, context, feedback):
        """The depth-damage curve: the DAMAGE_CURVE_FILE when given, else the preset."""
        path = self.parameterAsFile(parameters, self.DAMAGE_CURVE_FILE, context)
        cid = self.read_choice(parameters, self.DAMAGE_CURVE, context)
        with engine_errors():
            curve = (floodrisk.load_curve_csv(path) if path
                     else floodrisk.load_curve_presets()[cid])
        feedback.pushInfo(self.tr("Depth-damage curve: {c}").format(c=curve.describe()))
        if curve.source:
            feedback.pushInfo(self.tr("Source: {s}").format(s=curve.source))
        return curve

    def _rasters(self, parameters, context):
        """(rasters, their CRSs): every HAZARDS layer must be a raster with a CRS."""
        layers = self.parameterAsLayerList(parameters, self.HAZARDS, context)
        rasters = [lyr for lyr in layers if isinstance(lyr, QgsRasterLayer)]
        if not rasters or len(rasters) != len(layers):
            raise QgsProcessingException(self.tr("HAZARDS must be one or more depth rasters."))
        crs_list = []
        for lyr in rasters:
            what = self.tr("hazard raster '{n}'").format(n=lyr.name())
            crs = raster_crs(lyr, what)
            if not crs.isValid():
                raster_grid(lyr, what)      # raises the clear no-CRS error
            check_has_data(lyr, what)   # an event with no valid cell is not 'dry everywhere'
            crs_list.append(crs)
        return rasters, crs_list

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        rasters, crs_list = self._rasters(parameters, context)
        with engine_errors():
            periods = floodrisk.parse_return_periods(
                self.parameterAsString(parameters, self.RETURN_PERIODS, context), len(rasters))
        curve = self._curve(parameters, context, feedback)
        src = self.parameterAsSource(parameters, self.EXPOSURE, context)
        check_source(src, self.tr("exposure"), POINT_OR_POLYGON)
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context) or None
        per_m2 = self.read_number(parameters, self.VALUE_PER_M2, context)
        if value_field and per_m2 is not None:
            raise QgsProcessingException(self.tr(
                "Give either a value field or a value per m², not both."))
        is_poly = QgsWkbTypes.geometryType(src.wkbType()) == \
            QgsWkbTypes.GeometryType.PolygonGeometry
        if per_m2 is not None and not is_poly:
            raise QgsProcessingException(self.tr(
                "A value per m² needs building footprints (polygons); points have no area. Use "
                "a value field instead."))
        rare_tail = self.read_choice(parameters, self.RARE_TAIL, context)
        zones_in = self.read_zones(parameters, context)
        feedback.pushInfo(self.tr("Events: {e}").format(e=", ".join(
            f"{lyr.name()} = {t:g}-year (AEP {1 / t:.4g})" for lyr, t in zip(rasters, periods))))

        # exposure read once per distinct raster CRS (rasters are never resampled)
        by_crs = {}
        windows, geoms = [], []
        exposure = None
        for i, (lyr, crs) in enumerate(zip(rasters, crs_list)):
            key = crs.toWkt()
            if key not in by_crs:
                by_crs[key] = read_exposure(src, crs, context, feedback,
                                            fields=[value_field] if value_field else [],
                                            areas=per_m2 is not None)
            exp = by_crs[key]
            exposure = exposure or exp
            windows.append(hazard_window(lyr, exp.extent, self.tr("hazard raster '{n}'").format(
                n=lyr.name()), feedback))
            geoms.append(exp.geoms)
            feedback.setProgress(10 + 30 * (i + 1) / len(rasters))
            if feedback.isCanceled():
                return {}
        values = None
        if value_field:
            values = numeric_attr(exposure, value_field)
        elif per_m2 is not None:
            values = exposure.areas_m2 * per_m2
        else:
            feedback.pushInfo(self.tr("No value field or value per m²: damages are reported as "
                                      "fractions of value only (ead_fraction)."))
        zones = zone_names = None
        if zones_in is not None:
            zones, zone_names = zones_in.polygon_set(crs_list[0], context)
        with engine_errors():
            res = floodrisk.flood_risk(windows, periods, exposure.kind, geoms, exposure.n, curve,
                                       values=values, zones=zones, zone_names=zone_names,
                                       rare_tail=rare_tail,
                                       progress=FeedbackProgress(feedback, 40.0, 80.0))
        if feedback.isCanceled():
            return {}
        self.push_log(feedback, res.log)
        return self._write(parameters, context, feedback, res, src, exposure, periods, values,
                           zones, zone_names)

    def _write(self, parameters, context, feedback, res, src, exposure, periods, values, zones,
               zone_names):
        tags = [floodrisk.rp_tag(t) for t in periods]
        extra = [S.AEP_WET, S.RP_WET, S.EAD, S.EAD_FRACTION, S.ASSET_VALUE]
        for tag in tags:
            extra += [S.fill(S.DEPTH_RP_M, tag), S.fill(S.DAMAGE_RP, tag),
                      S.fill(S.DMGFRAC_RP, tag)]
        if zones is not None:
            extra.append(S.ZONE)
        fields, kept = result_fields(src.fields(), "floodrisk", "OUTPUT", extra, feedback)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields,
                                             src.wkbType(), src.sourceCrs())

        columns = [column(res.aep_wet), column(res.rp_wet), column(res.ead),
                   column(res.ead_fraction),
                   column(values if values is not None else np.full(exposure.n, np.nan))]
        for e in range(len(periods)):
            columns += [column(res.depth[:, e]), column(res.damage[:, e]),
                        column(res.fraction[:, e])]
        if zones is not None:
            znames = np.array(list(zone_names) + [None], dtype=object)
            columns.append(column(znames[res.zone]))
        if not write_features(src, exposure.fids, kept, columns, sink, context, feedback):
            return {}
        out = {self.OUTPUT: dest_id}
        sspec = schema_spec("floodrisk", "SUMMARY",
                            [S.ZONE, S.FEATURES, S.WET_ANY, S.ASSET_VALUE, S.EAD,
                             S.EAD_FRACTION_MEAN]
                            + [S.fill(S.WET_RP, t) for t in tags]
                            + [S.fill(S.DAMAGE_RP, t) for t in tags])
        ssink, sid = self.sink(parameters, self.SUMMARY, context,
                                          table_fields(sspec), QgsWkbTypes.Type.NoGeometry,
                                          QgsCoordinateReferenceSystem(), required=False)
        if ssink is not None:
            write_rows(res.summary, sspec, ssink)
            out[self.SUMMARY] = sid
        out.update({"TOTAL_EAD": cell(res.total_ead), "WET_COUNT": res.wet_count,
                    "FEATURE_COUNT": exposure.n})
        msg = self.tr("{w:,} of {n:,} feature(s) wet in at least one event").format(
            w=res.wet_count, n=exposure.n)
        if not math.isnan(res.total_ead):
            msg += self.tr("; expected annual damage {e:,.2f}").format(e=res.total_ead)
        feedback.pushInfo(msg + ".")
        return out

