"""urbanplan:floodexposure — hazard x exposure by depth class, group and zone."""
import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsRasterLayer,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.flood import floodexposure as flood
from ..qgis_io.flood_io import (
    column,
    numeric_attr,
    read_exposure,
    read_polygon_hazard,
    result_fields,
    segment_lengths_m,
    summary_table_fields,
    summary_table_spec,
    write_features,
    write_rows,
)
from ..qgis_io.layers import (
    FeedbackProgress,
    check_source,
    engine_errors,
    ground_metres,
    working_crs,
)
from ..qgis_io.outputs import cell
from ..qgis_io.qgis_compat import parameter_as_fields
from ..qgis_io.rasters import raster_crs, raster_grid, read_raster, transform_xy
from .base import Choice, UrbanPlanAlgorithm, hazard_window, tr_noop

CLASSES = Choice("CLASSES", tr_noop("Depth classes"),
                 lambda: [(k, c.name) for k, c in flood.load_class_presets().items()],
                 flood.DEFAULT_CLASS_PRESET)


def union_extent(*extents):
    boxes = [e for e in extents if e is not None]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def bbox_to(bbox, src_crs, dst_crs):
    """A bbox transformed between CRSs (edges densified, 21 points a side)."""
    if bbox is None:
        return None
    x0, y0, x1, y1 = bbox
    t = np.linspace(0.0, 1.0, 21)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full(21, x1), x0 + (x1 - x0) * t, np.full(21, x0)])
    ys = np.concatenate([np.full(21, y0), y0 + (y1 - y0) * t, np.full(21, y1), y0 + (y1 - y0) * t])
    xy = transform_xy(np.c_[xs, ys], src_crs, dst_crs)
    ok = np.isfinite(xy).all(axis=1)
    if not ok.any():
        return None
    return (float(xy[ok, 0].min()), float(xy[ok, 1].min()), float(xy[ok, 0].max()),
            float(xy[ok, 1].max()))


class FloodExposure(UrbanPlanAlgorithm):
    NAME = "floodexposure"
    GROUP = "flood"

    HAZARD = "HAZARD"
    DEPTH_FIELD = "DEPTH_FIELD"
    EXPOSURE = "EXPOSURE"
    POPULATION_FIELD = "POPULATION_FIELD"
    GROUP_FIELDS = "GROUP_FIELDS"
    ROAD_CLASS_FIELD = "ROAD_CLASS_FIELD"
    AREA_WEIGHTED = "AREA_WEIGHTED"
    POPULATION_RASTER = "POPULATION_RASTER"
    CLASSES = "CLASSES"
    CLASSES_FILE = "CLASSES_FILE"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("Flood exposure by depth class")

    def shortDescription(self):  # noqa: N802
        return self.tr("Which buildings, facilities, roads and people sit in water how deep, per "
                       "depth class, group and zone.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Overlays a flood hazard on what is exposed to it and counts the exposure per depth "
            "class, population group and zone.\n\n"
            "Hazard: a water depth raster in metres, band 1 (from a flood model, an official "
            "hazard map or urbanplan:floodextent), or polygons with a depth field (metres) or "
            "a class field (class names of the table below) chosen as DEPTH_FIELD. Nodata cells "
            "and depths of 0 or less are dry; negative depths are treated as dry with a "
            "warning. The raster is never resampled: the exposure is reprojected to the "
            "raster's CRS. A raster without CRS is refused. Exposure outside the raster is "
            "reported as 'outside_hazard' (depth empty) with a warning, never as a silent 0."
            "\n\n"
            "Exposure: points (facilities) take the depth of the cell under them. Lines (roads) "
            "are cut at the cell edges: the flooded length per depth class is exact, and "
            "ROAD_CLASS_FIELD (e.g. highway) splits the road km in the summary. Polygons "
            "(buildings) take the cells whose centre lies inside the footprint, the rule of "
            "QGIS's zonal statistics: depth_m is the maximum, depth_mean_m the mean with dry "
            "cells as 0, wet_pct the share of cells in a class. A footprint smaller than a "
            "cell takes the cell under its point on surface.\n\n"
            "Depth classes: a depth d is in a class when min <= d < max; the feature's class is "
            "that of its maximum depth; below the lowest class it is 'not_exposed'. Default: the "
            "InaSAFE flood classes low 0.1-0.7 m, medium 0.7-1.5 m, high > 1.5 m with "
            "displacement rates 1% / 3% / 5% (InaSAFE's flood_petabencana_hazard_classes, the "
            "open-source precedent in the project's cases). Edit them in a CSV/JSON file "
            "(CLASSES_FILE: name, min_m, max_m, displacement_rate).\n\n"
            "Population: POPULATION_FIELD people per feature are exposed at the class of the "
            "feature's maximum depth (a building's residents); tick AREA_WEIGHTED for population "
            "areas (grid cells, hexagons) to spread them evenly over the polygon's cells. "
            "GROUP_FIELDS are numeric counts of groups (elderly, children, low-income) treated "
            "the same way. Displaced = exposed people x the class's displacement rate. "
            "POPULATION_RASTER (people per cell) counts the people on cells in a flood class "
            "(cells split into parts the size of a hazard cell when coarser).\n\n"
            "Outputs: the exposure with depth_m, depth_class, exposed (and depth_mean_m, "
            "wet_pct for polygons; length_m, flooded_m and len_<class>_m for lines; zone); a "
            "SUMMARY table per zone, road class, depth class and group (features, population, "
            "displaced, road_km); EXPOSED_COUNT, EXPOSED_POPULATION and MAX_DEPTH_M (deepest "
            "water at any exposure feature).") + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.add_hazard()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EXPOSURE, self.tr("Exposure (points: facilities, lines: roads, polygons: "
                                   "buildings)"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field"),
            parentLayerParameterName=self.EXPOSURE, type=numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.GROUP_FIELDS, self.tr("Population group fields (e.g. elderly, children)"),
            parentLayerParameterName=self.EXPOSURE, type=numeric, optional=True,
            allowMultiple=True))
        self.addParameter(QgsProcessingParameterField(
            self.ROAD_CLASS_FIELD, self.tr("Road class field (lines, e.g. highway)"),
            parentLayerParameterName=self.EXPOSURE, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.AREA_WEIGHTED, self.tr("Spread each polygon's population over its area "
                                        "(population zones, not buildings)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.POPULATION_RASTER, self.tr("Population raster (people per cell)"),
            optional=True))
        self.add_choice(CLASSES)
        self.addParameter(QgsProcessingParameterFile(
            self.CLASSES_FILE, self.tr("Depth class file (CSV or JSON; replaces the preset)"),
            optional=True, fileFilter=self.tr("Depth classes (*.csv *.json)")))
        self.add_zones(self.tr("Zones for the summary"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Flood exposure"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Flood exposure summary"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        for key, label in (
                ("EXPOSED_COUNT", self.tr("Exposure features in a flood class")),
                ("EXPOSED_POPULATION", self.tr("Exposed population")),
                ("MAX_DEPTH_M", self.tr("Deepest water at an exposure feature (m)")),
                ("EXPOSED_ROAD_KM", self.tr("Flooded road length (km)")),
                ("EXPOSED_POPULATION_RASTER",
                 self.tr("Exposed population counted on the population raster"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    # ------------------------------------------------------------------ run
    def _classes(self, parameters, context, feedback):
        """The depth class table: the CLASSES_FILE when given, else the CLASSES preset."""
        path = self.parameterAsFile(parameters, self.CLASSES_FILE, context)
        preset = self.read_choice(parameters, self.CLASSES, context)
        with engine_errors():
            classes = (flood.load_classes_file(path) if path
                       else flood.load_class_presets()[preset])
        feedback.pushInfo(self.tr("Depth classes ({n}): {d}").format(
            n=classes.name or "custom", d=classes.describe()))
        if classes.source:
            feedback.pushInfo(self.tr("Source: {s}").format(s=classes.source))
        return classes

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        classes = self._classes(parameters, context, feedback)
        exposure_src = self.parameterAsSource(parameters, self.EXPOSURE, context)
        check_source(exposure_src, self.tr("exposure"))
        hazard, depth_field = self.read_hazard(parameters, context)
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        group_fields = parameter_as_fields(self, parameters, self.GROUP_FIELDS, context)
        road_field = self.parameterAsString(parameters, self.ROAD_CLASS_FIELD, context) or None
        area_weighted = self.parameterAsBoolean(parameters, self.AREA_WEIGHTED, context)
        zones_in = self.read_zones(parameters, context)
        pop_layer = self.parameterAsRasterLayer(parameters, self.POPULATION_RASTER, context)

        # the hazard decides the CRS of the analysis (a raster is never resampled)
        if isinstance(hazard, QgsRasterLayer):
            crs = raster_crs(hazard, self.tr("hazard raster"))
            if not crs.isValid():
                raster_grid(hazard, self.tr("hazard raster"))  # raises the clear no-CRS error
            feedback.pushInfo(self.tr("Analysis in the hazard raster's CRS {c}; the exposure "
                                      "is reprojected to it.").format(c=crs.authid()))
        else:
            crs = working_crs(hazard.crs(), hazard.extent(), None, feedback,
                              self.tr("hazard polygons"))

        fields_needed = [pop_field, road_field] + list(group_fields)
        exposure = read_exposure(exposure_src, crs, context, feedback, fields=fields_needed,
                                 bulk=self.bulk_source(parameters, self.EXPOSURE, context,
                                                       fields_needed))
        if feedback.isCanceled():
            return {}
        population = (numeric_attr(exposure, pop_field, self.tr("population field '{f}'")
                                   .format(f=pop_field)) if pop_field else None)
        groups = {g: numeric_attr(exposure, g) for g in group_fields}
        road_class = exposure.attrs.get(road_field) if road_field else None
        if road_field and exposure.kind != "line":
            feedback.pushWarning(self.tr("ROAD_CLASS_FIELD is used for line exposure only; "
                                         "it is ignored for {k}s.").format(k=exposure.kind))
            road_class = None
        if area_weighted and exposure.kind != "polygon":
            feedback.pushWarning(self.tr("AREA_WEIGHTED applies to polygons only; it is ignored."))
        zones = zone_names = None
        if zones_in is not None:
            zones, zone_names = zones_in.polygon_set(crs, context)
        analysis_box = union_extent(exposure.extent, zones.extent() if zones is not None
                                    else None)
        feedback.setProgress(25)

        raster, depth_known, outside_is_dry = self._hazard_raster(
            hazard, depth_field, crs, classes, analysis_box, context, feedback)
        feedback.setProgress(40)
        seg_len = None
        if exposure.kind == "line" and (crs.isGeographic() or exposure.extent is not None and
                                        ground_metres(crs, QgsRectangle(*exposure.extent))
                                        is False):  # degrees, Web Mercator, feet
            seg_len = segment_lengths_m(exposure.geoms, crs)
        pop_raster, to_hazard = self._population_raster(pop_layer, crs, analysis_box, feedback)
        with engine_errors():
            res = flood.flood_exposure(
                raster, classes, exposure.kind, exposure.geoms, exposure.n,
                population=population, groups=groups, zones=zones, zone_names=zone_names,
                road_class=road_class, area_weighted=area_weighted and exposure.kind == "polygon",
                segment_length=seg_len, depth_known=depth_known, outside_is_dry=outside_is_dry,
                pop_raster=pop_raster, pop_to_hazard=to_hazard, analysis_extent=analysis_box,
                progress=FeedbackProgress(feedback, 40.0, 75.0))
        if feedback.isCanceled():
            return {}
        self.push_log(feedback, res.log)
        return self._write(parameters, context, feedback, res, exposure_src, exposure, classes,
                           pop_field, zones, zone_names, depth_known)

    def _hazard_raster(self, hazard, depth_field, crs, classes, box, context, feedback):
        """(depth raster over ``box``, depth known, outside is dry): the raster's window, or
        the polygons burnt into a grid (cell centre rule)."""
        if isinstance(hazard, QgsRasterLayer):
            return hazard_window(hazard, box, self.tr("hazard raster"), feedback), True, False
        hpolys, hvals, depth_known = read_polygon_hazard(hazard, depth_field, crs, classes,
                                                         context)
        grid = flood.grid_for_polygons(box or hpolys.extent(), geographic=crs.isGeographic())
        feedback.pushInfo(self.tr("Hazard polygons burnt into a grid of {c:g} {u} cells "
                                  "({r} x {k}), cell centre rule.").format(
            c=grid.dx, u=self.tr("degree") if crs.isGeographic() else "m", r=grid.rows,
            k=grid.cols))
        with engine_errors():
            return flood.burn_polygons(hpolys, hvals, grid), depth_known, True

    def _population_raster(self, layer, crs, box, feedback):
        """(population raster over ``box`` or None, transform of its cells to ``crs``)."""
        if layer is None:
            return None, None
        what = self.tr("population raster")
        pop_crs = raster_crs(layer, what)
        if not pop_crs.isValid():
            raster_grid(layer, what)
        pop_box = bbox_to(box, crs, pop_crs) if pop_crs != crs else box
        raster = read_raster(layer, bbox=pop_box, dtype=np.float64, what=what)
        if raster is None:
            feedback.pushWarning(self.tr("The population raster does not cover the "
                                         "exposure's area; it is not used."))
            return None, None
        if pop_crs == crs:
            return raster, None

        def to_hazard(xy, _s=pop_crs, _d=crs):
            return transform_xy(xy, _s, _d)
        return raster, to_hazard

    def _write(self, parameters, context, feedback, res, exposure_src, exposure, classes,
               pop_field, zones, zone_names, depth_known):
        names, arrays = flood.result_columns(
            res, classes, exposure.kind, bool(pop_field),
            zone_names=zone_names if zones is not None else None, depth_known=depth_known)
        fields, kept = result_fields(exposure_src.fields(), "floodexposure", "OUTPUT", names,
                                     feedback)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields,
                                  exposure_src.wkbType(), exposure_src.sourceCrs())
        columns = [column(a, S.kind("floodexposure", "OUTPUT", n)) for n, a in zip(names, arrays)]
        bulk = self.bulk_copy(parameters, self.OUTPUT, self.EXPOSURE, context, exposure_src,
                              fields, kept)
        if not write_features(exposure_src, exposure.fids, kept, columns, sink, context,
                              feedback, bulk=bulk):
            return {}
        del sink
        out = {self.OUTPUT: dest_id}
        sum_fields = summary_table_fields()
        sum_sink, sum_id = self.sink(parameters, self.SUMMARY, context, sum_fields,
                                     QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(),
                                     required=False)
        if sum_sink is not None:
            write_rows(res.summary, summary_table_spec(), sum_sink)
            out[self.SUMMARY] = sum_id

        road_km = float("nan")
        if exposure.kind == "line":
            road_km = float(np.nansum(res.flooded_m)) / 1000.0
        pop_r = res.population_raster["exposed"] if res.population_raster else float("nan")
        exposed_pop = res.exposed_population
        if math.isnan(exposed_pop) and not math.isnan(pop_r):
            exposed_pop = pop_r
        out.update({
            "EXPOSED_COUNT": res.exposed_count,
            "EXPOSED_POPULATION": cell(exposed_pop),
            "MAX_DEPTH_M": cell(res.max_depth_m),
            "EXPOSED_ROAD_KM": cell(road_km),
            "EXPOSED_POPULATION_RASTER": cell(pop_r),
        })
        msg = self.tr("Exposed: {c:,} of {n:,} feature(s) in a flood class; deepest water at "
                      "an exposure feature {d} m").format(
            c=res.exposed_count, n=exposure.n,
            d="-" if math.isnan(res.max_depth_m) else f"{res.max_depth_m:.2f}")
        if not math.isnan(exposed_pop):
            msg += self.tr("; exposed population {p:,.0f}").format(p=exposed_pop)
        if exposure.kind == "line":
            msg += self.tr("; flooded roads {km:.2f} km").format(km=road_km)
        feedback.pushInfo(msg + ".")
        return out

