"""urbanplan:floodextent — flood extent and depth from a terrain model (level or ponding)."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core.flood import floodextent as fe
from ..qgis_io.flood_io import read_exposure
from ..qgis_io.layers import FeedbackProgress, engine_errors
from ..qgis_io.rasters import (
    crs_metrics,
    ground_cell_areas,
    mask_sentinels,
    raster_crs,
    raster_grid,
    read_raster,
    write_geotiff,
)
from .base import Choice, UrbanPlanAlgorithm, tr_noop

NODATA = -9999.0
MODE = Choice("MODE", tr_noop("Mode"), (
    (fe.MODE_LEVEL, tr_noop("Water level (sea, lake or river at a level)")),
    (fe.MODE_PONDING, tr_noop("Ponding in closed low spots (fill depressions)"))), fe.MODE_LEVEL)


class FloodExtent(UrbanPlanAlgorithm):
    NAME = "floodextent"
    GROUP = "flood"

    DEM = "DEM"
    MODE = "MODE"
    WATER_LEVEL = "WATER_LEVEL"
    SOURCE = "SOURCE"
    CONNECTIVITY = "CONNECTIVITY"
    MIN_DEPTH_M = "MIN_DEPTH_M"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Flood extent from a terrain model")

    def shortDescription(self):  # noqa: N802
        return self.tr("Where water stands, and how deep, for a water level (sea, lake, river) "
                       "or in closed low spots after heavy rain.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Maps the flooded area and the water depth from a digital terrain model (DEM) when "
            "no flood model or official hazard map is at hand (as in Dakar's PING-GIRI "
            "programme, which mapped low-lying areas from a terrain model).\n\n"
            "Mode 'Water level' (a 'bathtub' model): the sea, a lake or a river stands at "
            "WATER_LEVEL metres, in the same vertical datum as the DEM. A cell floods when its "
            "ground is strictly below the level; depth = level - ground. With a SOURCE layer "
            "(polygons, lines or points of the water body), only cells connected to the source "
            "through other cells below the level flood, so a hollow behind a dyke or a ridge "
            "stays dry until the level tops the lowest point of the ridge (the sill). Without "
            "a SOURCE every cell below the level floods. The source covers the cells whose "
            "centre lies inside its polygons, every cell its lines pass through and the cell "
            "under each point; source cells without data (a sea masked out of the DEM) carry "
            "the water too. Water does not flow, and defences smaller than a cell are not seen: "
            "this is a first screening, not a hydraulic model.\n\n"
            "Mode 'Ponding': rain that cannot drain collects in closed depressions up to their "
            "spill point (waterlogging in low spots). Depressions are filled exactly as the "
            "priority-flood algorithm does (Barnes, Lehman & Mulla 2014, Computers & "
            "Geosciences 62: 117-127); depth = filled surface - ground, reported where it is "
            "deeper than MIN_DEPTH_M (default {min:g} m, the lower bound of InaSAFE's 'low' "
            "flood class; shallower dips are mostly DEM noise). Water leaves the DEM at its "
            "edges and into nodata cells (they are outlets). The volume is the storage the "
            "depressions offer, not a rainfall amount.\n\n"
            "CONNECTIVITY: 8 (default) lets water pass between cells that touch at a corner; "
            "4 only through shared edges, which keeps a one-cell-wide diagonal wall watertight.\n"
            "Nodata cells never flood. A DEM without a CRS is refused. A DEM in degrees "
            "(geographic CRS) is handled: each row's cell area is computed on the CRS's "
            "ellipsoid. A SOURCE in another CRS is reprojected to the DEM's CRS; the DEM is "
            "never resampled.\n\n"
            "Output: a GeoTIFF of water depth in metres, nodata where dry (same grid as the "
            "DEM). FLOODED_AREA_M2, MAX_DEPTH_M, FLOODED_CELLS and FLOODED_VOLUME_M3 (m³ of "
            "water in the flooded cells) are also returned. Use the depth raster as the hazard "
            "of urbanplan:floodexposure and urbanplan:flooddisruption."
        ).format(min=fe.DEFAULT_MIN_PONDING_DEPTH_M) + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Terrain model (DEM, ground elevation in metres)")))
        self.add_choice(MODE)
        self.add_number(self.WATER_LEVEL, self.tr("Water level (m, same vertical datum as the "
                                                  "DEM; mode 'Water level')"),
                        tr_noop("water level"), "m", minimum=None, optional=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SOURCE, self.tr("Water source: sea, lake or river the water comes from "
                                 "(optional; mode 'Water level')"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True))
        self.add_number(self.CONNECTIVITY, self.tr("Connectivity (4 = edges only, 8 = edges and "
                                                   "corners)"),
                        tr_noop("connectivity"), default=fe.DEFAULT_CONNECTIVITY, minimum=4,
                        above=False, maximum=8, integer=True)
        self.add_number(self.MIN_DEPTH_M, self.tr("Minimum ponding depth (m; mode 'Ponding')"),
                        tr_noop("minimum ponding depth"), "m", fe.DEFAULT_MIN_PONDING_DEPTH_M,
                        above=False)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Water depth (m)")))
        for key, label in (("FLOODED_AREA_M2", self.tr("Flooded area (m²)")),
                           ("MAX_DEPTH_M", self.tr("Maximum water depth (m)")),
                           ("FLOODED_CELLS", self.tr("Flooded cells")),
                           ("FLOODED_VOLUME_M3", self.tr("Water volume (m³)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            raise QgsProcessingException(self.tr("The terrain model (DEM) could not be opened."))
        mode = self.read_choice(parameters, self.MODE, context)
        connectivity = self.read_number(parameters, self.CONNECTIVITY, context)
        if connectivity not in (4, 8):
            raise QgsProcessingException(self.tr(
                "CONNECTIVITY must be 4 (cells sharing an edge) or 8 (edges and corners), "
                "got {c}.").format(c=connectivity))
        level = self.read_number(parameters, self.WATER_LEVEL, context)
        min_depth = self.read_number(parameters, self.MIN_DEPTH_M, context)
        source = self.parameterAsSource(parameters, self.SOURCE, context)
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if not out_path.lower().endswith((".tif", ".tiff")):
            raise QgsProcessingException(self.tr(
                "The depth raster is written as a GeoTIFF: give an output file ending in .tif "
                "(got '{p}').").format(p=os.path.basename(out_path)))
        if mode == fe.MODE_LEVEL and level is None:
            raise QgsProcessingException(self.tr(
                "Give the WATER_LEVEL in metres (same vertical datum as the DEM), or choose the "
                "'Ponding' mode."))
        if mode == fe.MODE_PONDING and (source is not None or level is not None):
            feedback.pushInfo(self.tr("Ponding mode: the water level and the water source are "
                                      "not used."))

        what = self.tr("terrain model (DEM)")
        grid = raster_grid(dem_layer, what)  # a DEM without CRS stops here, with a clear message
        crs = raster_crs(dem_layer, what)
        geographic, unit, axes = crs_metrics(grid)
        with engine_errors():
            row_area = fe.row_cell_areas(grid, geographic, axes, unit)
        ground = ground_cell_areas(grid, crs, feedback, what)  # Web Mercator, feet
        if ground is not None:
            row_area = ground
        if geographic:
            feedback.pushInfo(self.tr("The DEM is in degrees ({c}): cell areas are computed row "
                                      "by row on its ellipsoid (a = {a:.1f} m, b = {b:.1f} m).")
                              .format(c=crs.authid(), a=axes[0], b=axes[1]))
        elif unit != 1.0:
            feedback.pushInfo(self.tr("The DEM's horizontal unit is {u:g} m; areas are converted "
                                      "to m². Elevations and WATER_LEVEL are taken as metres.")
                              .format(u=unit))
        feedback.pushInfo(self.tr("DEM: {r} x {c} cells of {dx:g} x {dy:g} {unit}.").format(
            r=grid.rows, c=grid.cols, dx=grid.dx, dy=grid.dy,
            unit=self.tr("degree") if geographic else self.tr("CRS units")))
        dem = mask_sentinels(read_raster(dem_layer, what=what), what, feedback)  # -9999 holes
        feedback.setProgress(10)
        if feedback.isCanceled():
            return {}

        sources = None
        if mode == fe.MODE_LEVEL and source is not None:
            src = read_exposure(source, crs, context, None, what=self.tr("water source"))
            if src.n == src.null_geometries:
                raise QgsProcessingException(self.tr(
                    "The water source layer has no feature with a geometry."))
            with engine_errors():
                sources = fe.source_mask(grid, src.kind, src.geoms)
            if source.sourceCrs() != crs:
                feedback.pushInfo(self.tr("The water source was reprojected from {a} to the "
                                          "DEM's CRS {b}.").format(a=source.sourceCrs().authid(),
                                                                    b=crs.authid()))
            feedback.pushInfo(self.tr("The water source covers {n:,} DEM cell(s).").format(
                n=int(sources.sum())))
        progress = FeedbackProgress(feedback, 15.0, 85.0)
        with engine_errors():
            if mode == fe.MODE_LEVEL:
                res = fe.flood_from_level(dem.values, level, nodata=dem.nodata, sources=sources,
                                          connectivity=connectivity, row_area=row_area,
                                          progress=progress)
            else:
                res = fe.ponding(dem.values, nodata=dem.nodata, min_depth=min_depth,
                                 connectivity=connectivity, row_area=row_area,
                                 progress=progress)
        del dem
        if res is None or feedback.isCanceled():
            return {}
        for line in res.log:
            feedback.pushWarning(line)
        write_geotiff(out_path, res.depth, grid, crs=crs, nodata=NODATA)
        feedback.setProgress(100)
        feedback.pushInfo(self.tr(
            "Flooded: {cells:,} cells, {area:,.0f} m² ({ha:,.2f} ha); maximum depth {d:.2f} m; "
            "water volume {v:,.0f} m³.").format(cells=res.flooded_cells, area=res.area_m2,
                                                ha=res.area_m2 / 1e4, d=res.max_depth_m,
                                                v=res.volume_m3))
        return {self.OUTPUT: out_path, "FLOODED_AREA_M2": res.area_m2,
                "MAX_DEPTH_M": res.max_depth_m, "FLOODED_CELLS": res.flooded_cells,
                "FLOODED_VOLUME_M3": res.volume_m3}
