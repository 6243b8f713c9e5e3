"""urbanplan:floodsimulation — rain on the terrain grid, routed over the surface in time."""
import math
import os

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.common.tables import read_csv_rows
from ..core.flood import floodsimulation as fs
from ..qgis_io.flood_io import read_exposure
from ..qgis_io.layers import FeedbackProgress, engine_errors
from ..qgis_io.outputs import schema_spec, table_fields, write_rows
from ..qgis_io.rasters import (
    crs_metrics,
    ground_cells_or_refuse,
    mask_sentinels,
    raster_crs,
    raster_grid,
    read_raster,
    write_geotiff,
)
from .base import Choice, UrbanPlanAlgorithm, tr_noop

NODATA = -9999.0
ANALYSIS = "floodsimulation"
HYETOGRAPH = Choice("HYETOGRAPH", tr_noop("Storm shape (hyetograph)"), (
    ("uniform", tr_noop("Uniform: the same intensity for the whole duration")),
    ("chicago", tr_noop("Chicago design storm (peak at 40 % of the duration)")),
    ("csv", tr_noop("Intensities from a CSV file (HYETOGRAPH_FILE)"))), "chicago")
BOUNDARY = Choice("BOUNDARY", tr_noop("Raster edges"), (
    ("open", tr_noop("Open: water leaves where it reaches the edge")),
    ("closed", tr_noop("Closed: no water leaves the grid"))), "open")

CHICAGO_B_MIN = 10.0
"""Shape of the Chicago storm made from RAIN_MM alone: the curve i = a / (t + b)^c with b = 10 min
and c = 0.7 (example values within the usual range of storm-intensity formulas), a scaled so the
storm holds RAIN_MM."""
CHICAGO_C = 0.7
CHICAGO_R = 0.4
STEP_MIN = 5.0
NS_PER_CELL_STEP = 120.0
"""Wall time per cell and time step of the numpy engine measured with
benchmarks/bench_floodsimulation.py on this machine (two shared cores, about 100 ns); used only
to warn before long runs."""
NS_PER_CELL_STEP_COMPILED = 40.0
"""The same for the compiled kernels (numba), measured the same way (about 30-40 ns)."""
WARN_MINUTES = 10.0
THRESHOLDS_M = fs.DEFAULT_AREA_THRESHOLDS_M


def expected_minutes(cells, dx, hours, compiled=False):
    """A rough run time: time steps of water 1 m deep (alpha 0.64), capped at 10 s."""
    dt = min(fs.DEFAULT_MAX_DT_S, 0.64 * dx / math.sqrt(fs.G * 1.0))
    steps = hours * 3600.0 / dt
    ns = NS_PER_CELL_STEP_COMPILED if compiled else NS_PER_CELL_STEP
    return cells * steps * ns * 1e-9 / 60.0


def read_idf_table(path):
    """{return period: {duration min: intensity mm/h}} from a CSV: wide (a return_period column,
    then one column per duration in minutes) or long (return_period, duration_min,
    intensity_mm_h)."""
    rows = read_csv_rows(path)
    table = {}
    try:
        for row in rows:
            if not row.get("return_period"):
                continue
            rp = float(row["return_period"])
            if "duration_min" in row and "intensity_mm_h" in row:
                table.setdefault(rp, {})[float(row["duration_min"])] = \
                    float(row["intensity_mm_h"])
                continue
            for key, value in row.items():
                if key != "return_period" and key and value not in (None, ""):
                    table.setdefault(rp, {})[float(key)] = float(value)
    except (TypeError, ValueError):
        table = {}
    return table


def read_manning_table(path):
    """{land-cover class value: Manning's n} from a CSV with columns class (or value) and n."""
    out = {}
    for row in read_csv_rows(path):
        key = row.get("class", row.get("value"))
        n = row.get("n", row.get("manning_n"))
        try:
            out[float(key)] = float(n)
        except (TypeError, ValueError):
            continue
    return out


class FloodSimulation(UrbanPlanAlgorithm):
    NAME = "floodsimulation"
    GROUP = "flood"

    DEM = "DEM"
    RAIN_MM = "RAIN_MM"
    DURATION_H = "DURATION_H"
    HYETOGRAPH_FILE = "HYETOGRAPH_FILE"
    HYETOGRAPH_STEP_MIN = "HYETOGRAPH_STEP_MIN"
    IDF_FILE = "IDF_FILE"
    RETURN_PERIOD = "RETURN_PERIOD"
    MANNING_N = "MANNING_N"
    LANDCOVER = "LANDCOVER"
    MANNING_TABLE = "MANNING_TABLE"
    INFILTRATION_MM_H = "INFILTRATION_MM_H"
    DRAINAGE_MM_H = "DRAINAGE_MM_H"
    SIMULATION_H = "SIMULATION_H"
    BUILDINGS = "BUILDINGS"
    RECESSION_DEPTH_M = "RECESSION_DEPTH_M"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_HOURS = "MIN_HOURS"
    RASTERS = ("MAX_DEPTH", "MAX_VELOCITY", "HAZARD", "ARRIVAL_H", "RECESSION_H")
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("Flood simulation from rain (rain on grid)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Rain falls on the terrain and flows over it in time: peak depth, "
                       "velocity, arrival and recession times.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Simulates a rain storm on a terrain model (DEM): water falls on every cell, "
            "flows downhill and ponds, minute by minute, for SIMULATION_H hours.\n\n"
            "Method: the local-inertial shallow-water scheme of Bates, Horritt & Fewtrell "
            "(2010, Journal of Hydrology 387: 33-45; the scheme of LISFLOOD-FP) with the flux "
            "weighting of de Almeida et al. (2012, Water Resources Research 48: W05528), "
            "Manning friction and an adaptive time step (the CFL condition of Bates et al.). "
            "Mass is conserved: the SUMMARY reports rain in, water left on the grid, outflow, "
            "losses and the mass-balance error.\n\n"
            "Rain: RAIN_MM over DURATION_H hours, uniform or as a Chicago design storm (Keifer "
            "& Chu 1957; shape i = a / (t + {b:g})^{c:g}, an example shape scaled to RAIN_MM), "
            "or a CSV of intensities in mm/h (HYETOGRAPH_FILE, one column with steps of "
            "HYETOGRAPH_STEP_MIN, or two: start minute and intensity). With an IDF_FILE "
            "(columns return_period and one per duration in minutes, intensities in mm/h) and "
            "a RETURN_PERIOD (for example 20 for the 20-year event) the storm of DURATION_H "
            "comes from the table and RAIN_MM is not used.\n"
            "Losses: INFILTRATION_MM_H (soil) and DRAINAGE_MM_H (what the sewer inlets "
            "remove: the drainage design capacity) are taken from wet cells only. Manning's "
            "n: MANNING_N everywhere, or per cell from a LANDCOVER raster (same CRS) and a "
            "MANNING_TABLE CSV (columns class, n). BUILDINGS (polygons) are burned in as "
            "obstacles: the cells whose centre lies inside; rain on roofs is reported, not "
            "routed.\n\n"
            "Limits: no pipe network (drainage is a constant sink per cell, no surcharge); no "
            "momentum advection (fast flow on steep slopes and around sharp corners is "
            "approximate); square cells only, flow along rows and columns. Run time grows with "
            "cells / cell size: a warning gives the expected time of large grids.\n\n"
            "When to use which: urbanplan:floodextent answers in seconds for a known water "
            "level (sea, lake, river) or static ponding in low spots (no time, no rain). "
            "urbanplan:floodsimulation takes minutes and answers what rain does: depth over "
            "time, flow paths, when streets flood and how long water stays (recession), and "
            "what more drainage capacity changes.\n\n"
            "Outputs (GeoTIFF, the DEM's grid and CRS): MAX_DEPTH (m), MAX_VELOCITY (m/s), "
            "HAZARD (depth x velocity, m²/s), ARRIVAL_H (hours until 1 cm of water), "
            "RECESSION_H (hours from the peak until the depth falls below RECESSION_DEPTH_M, "
            "nodata where never that deep or still deeper at the end). SUMMARY: a one-row "
            "table. With POPULATION (points or polygons, POPULATION_FIELD or 1 each) it counts "
            "people flooded deeper than RECESSION_DEPTH_M and those flooded for MIN_HOURS or "
            "more. Use MAX_DEPTH as the HAZARD of urbanplan:floodexposure and "
            "urbanplan:flooddisruption. A DEM in degrees is refused: reproject it to a CRS in "
            "metres first."
        ).format(b=CHICAGO_B_MIN, c=CHICAGO_C) + "\n\n" + self.tr(
            "Speed: one time step for the whole grid, as short as the deepest water needs. "
            "With numba installed (Debian: python3-numba) each step runs as compiled code, "
            "several times faster; without it the same method runs in numpy (the same "
            "results).") + "\n\n" + self.tr(
            "Scenarios: in the Compare dock, 'Flood simulation from rain' runs the baseline and "
            "each scenario (for example a parameter change DRAINAGE_MM_H = 20, or a terrain "
            "model with a retention basin replacing the baseline terrain) and shows the "
            "SUMMARY side by side and the change in MAX_DEPTH and RECESSION_H as rasters "
            "(blue = shallower or shorter, red = deeper or longer).") + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Terrain model (DEM, ground elevation in metres)")))
        self.add_number(self.RAIN_MM, self.tr("Rain depth (mm)"), tr_noop("rain depth"), "mm",
                        50.0, above=False)
        self.add_number(self.DURATION_H, self.tr("Storm duration (hours)"),
                        tr_noop("storm duration"), "h", 1.0)
        self.add_choice(HYETOGRAPH)
        self.addParameter(QgsProcessingParameterFile(
            self.HYETOGRAPH_FILE, self.tr("Rain intensities CSV (mm/h)"),
            extension="csv", optional=True))
        self.add_number(self.HYETOGRAPH_STEP_MIN, self.tr("Step of a one-column rain CSV "
                                                          "(minutes)"),
                        tr_noop("rain step"), "min", STEP_MIN)
        self.addParameter(QgsProcessingParameterFile(
            self.IDF_FILE, self.tr("IDF table CSV (return period x duration -> mm/h)"),
            extension="csv", optional=True))
        self.add_number(self.RETURN_PERIOD, self.tr("Return period (years; with the IDF "
                                                    "table)"),
                        tr_noop("return period"), "years", optional=True)
        self.add_number(self.MANNING_N, self.tr("Manning's n"), tr_noop("Manning's n"), "",
                        0.03)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDCOVER, self.tr("Land cover raster (for Manning's n per cell)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.MANNING_TABLE, self.tr("Manning table CSV (class, n)"), extension="csv",
            optional=True))
        self.add_number(self.INFILTRATION_MM_H, self.tr("Infiltration (mm/h)"),
                        tr_noop("infiltration"), "mm/h", 0.0, above=False)
        self.add_number(self.DRAINAGE_MM_H, self.tr("Drainage capacity (mm/h)"),
                        tr_noop("drainage capacity"), "mm/h", 0.0, above=False)
        self.add_number(self.SIMULATION_H, self.tr("Simulated time (hours)"),
                        tr_noop("simulated time"), "h", 3.0)
        self.add_choice(BOUNDARY)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings (obstacles, optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.add_number(self.RECESSION_DEPTH_M, self.tr("Recession depth (m)"),
                        tr_noop("recession depth"), "m", fs.DEFAULT_RECESSION_DEPTH_M)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population (points or polygons, optional)"),
            [QgsProcessing.SourceType.TypeVectorPoint,
             QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (empty: 1 per feature)"),
            parentLayerParameterName=self.POPULATION, optional=True))
        self.add_number(self.MIN_HOURS, self.tr("Flooded at least (hours)"),
                        tr_noop("minimum flood duration"), "h", 1.0)
        for key, label in (("MAX_DEPTH", self.tr("Maximum water depth (m)")),
                           ("MAX_VELOCITY", self.tr("Maximum velocity (m/s)")),
                           ("HAZARD", self.tr("Hazard: depth x velocity (m²/s)")),
                           ("ARRIVAL_H", self.tr("Arrival time (hours)")),
                           ("RECESSION_H", self.tr("Recession time (hours)"))):
            self.addParameter(QgsProcessingParameterRasterDestination(key, label))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Flood simulation summary"),
            QgsProcessing.SourceType.TypeVector))
        for key, label in (("MAX_DEPTH_M", self.tr("Maximum water depth (m)")),
                           ("FLOODED_AREA_M2", self.tr("Area flooded 10 cm or deeper (m²)")),
                           ("RAIN_VOLUME_M3", self.tr("Rain on the grid (m³)")),
                           ("OUTFLOW_VOLUME_M3", self.tr("Outflow (m³)")),
                           ("MASS_BALANCE_ERROR_PCT", self.tr("Mass-balance error (%)")),
                           ("POP_FLOODED", self.tr("People flooded")),
                           ("POP_FLOODED_LONG", self.tr("People flooded for MIN_HOURS or "
                                                        "longer"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    # ------------------------------------------------------------------ inputs
    def _storm(self, parameters, context):
        rain_mm = self.read_number(parameters, self.RAIN_MM, context)
        dur_h = self.read_number(parameters, self.DURATION_H, context)
        shape = self.read_choice(parameters, HYETOGRAPH.name, context)
        idf = self.parameterAsFile(parameters, self.IDF_FILE, context)
        rp = self.read_number(parameters, self.RETURN_PERIOD, context)
        if idf:
            if rp is None:
                raise QgsProcessingException(self.tr(
                    "An IDF table needs the RETURN_PERIOD of the storm (for example 20)."))
            table = read_idf_table(idf)
            if not table:
                raise QgsProcessingException(self.tr(
                    "The IDF table {f} has no rows: give a return_period column and one column "
                    "per duration in minutes (intensities in mm/h).").format(
                        f=os.path.basename(idf)))
            with engine_errors():
                return fs.storm_from_idf_table(table, float(rp), dur_h * 60.0,
                                               shape="uniform" if shape == "uniform"
                                               else "chicago", r=CHICAGO_R, step_min=STEP_MIN)
        if shape == "csv":
            path = self.parameterAsFile(parameters, self.HYETOGRAPH_FILE, context)
            if not path:
                raise QgsProcessingException(self.tr(
                    "The storm shape 'csv' needs a HYETOGRAPH_FILE of intensities (mm/h)."))
            step = self.read_number(parameters, self.HYETOGRAPH_STEP_MIN, context)
            with engine_errors():
                return fs.storm_from_csv(path, time_unit="min", step=step)
        with engine_errors():
            if shape == "uniform":
                return fs.uniform_storm(rain_mm, dur_h)
            d_min = dur_h * 60.0
            if rain_mm <= 0:
                return fs.uniform_storm(0.0, dur_h)
            a = rain_mm * 60.0 * (d_min + CHICAGO_B_MIN) ** CHICAGO_C / d_min
            return fs.chicago_storm(a, CHICAGO_B_MIN, CHICAGO_C, d_min, r=CHICAGO_R,
                                    step_min=min(STEP_MIN, d_min))

    def _manning(self, parameters, context, grid, crs, valid):
        n = self.read_number(parameters, self.MANNING_N, context)
        lc_layer = self.parameterAsRasterLayer(parameters, self.LANDCOVER, context)
        table_path = self.parameterAsFile(parameters, self.MANNING_TABLE, context)
        if lc_layer is None:
            return n, None
        if not table_path:
            raise QgsProcessingException(self.tr(
                "A LANDCOVER raster needs a MANNING_TABLE (CSV with columns class, n)."))
        table = read_manning_table(table_path)
        if not table:
            raise QgsProcessingException(self.tr(
                "The Manning table {f} has no row with a class and a number n.").format(
                    f=os.path.basename(table_path)))
        what = self.tr("land cover raster")
        if raster_crs(lc_layer, what) != crs:
            raise QgsProcessingException(self.tr(
                "The land cover raster must be in the DEM's CRS ({c}): reproject it first.")
                .format(c=crs.authid()))
        lc = read_raster(lc_layer, dtype=np.float64, what=what)
        rows = np.arange(grid.rows)
        cols = np.arange(grid.cols)
        x = grid.x0 + (cols + 0.5) * grid.dx
        y = grid.y0 - (rows + 0.5) * grid.dy
        xx, yy = np.meshgrid(x, y)
        r, c = lc.grid.cell_of(xx, yy)
        inside = r >= 0
        classes = np.full(grid.rows * grid.cols, np.nan)
        flat_ok = inside.ravel()
        rr, cc = r.ravel()[flat_ok], c.ravel()[flat_ok]
        val = lc.values[rr, cc].astype(np.float64)
        val[lc.nodata[rr, cc]] = np.nan
        classes[flat_ok] = val
        per_cell = np.full(classes.shape, n, dtype=np.float64)
        unknown = np.isfinite(classes)
        for k, v in table.items():
            hit = classes == k
            per_cell[hit] = v
            unknown &= ~hit
        unknown &= valid.ravel()
        return per_cell.reshape(grid.rows, grid.cols), int(unknown.sum())

    def _obstacles(self, parameters, context, grid, crs):
        src = self.parameterAsSource(parameters, self.BUILDINGS, context)
        if src is None:
            return None
        from ..core.geometry.rasterize import polygon_cells
        ex = read_exposure(src, crs, context, None, what=self.tr("buildings"))
        mask = np.zeros(grid.rows * grid.cols, dtype=bool)
        if ex.kind == "polygon" and ex.n > ex.null_geometries:
            for _owner, cells in polygon_cells(ex.geoms, grid):
                mask[cells] = True
        return mask.reshape(grid.rows, grid.cols)

    def _population(self, parameters, context, grid, crs):
        src = self.parameterAsSource(parameters, self.POPULATION, context)
        if src is None:
            return None
        field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        ex = read_exposure(src, crs, context, None, fields=(field,) if field else (),
                           what=self.tr("population"))
        if ex.kind == "point":
            xy, owner = ex.geoms
            first = np.unique(np.asarray(owner), return_index=True)[1]
            pts, feat = np.asarray(xy)[first], np.asarray(owner)[first]
        elif ex.kind == "polygon":
            from ..core.geometry.rasterize import interior_points
            pts, feat = interior_points(ex.geoms), np.arange(ex.n)
        else:
            raise QgsProcessingException(self.tr("The population layer must be points or "
                                                 "polygons."))
        people = np.ones(ex.n)
        if field:
            vals = ex.attrs[field]
            people = np.array([float(v) if v not in (None, "") and not _is_null(v) else 0.0
                               for v in vals])
        ok = np.all(np.isfinite(pts), axis=1) if len(pts) else np.zeros(0, dtype=bool)
        r, c = grid.cell_of(pts[ok, 0], pts[ok, 1]) if len(pts) else (np.zeros(0, int),) * 2
        return r, c, people[feat[ok]]

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            raise QgsProcessingException(self.tr("The terrain model (DEM) could not be opened."))
        outs = {}
        for key in self.RASTERS:
            path = self.parameterAsOutputLayer(parameters, key, context)
            if not path.lower().endswith((".tif", ".tiff")):
                raise QgsProcessingException(self.tr(
                    "The rasters are written as GeoTIFF: give {k} a file ending in .tif (got "
                    "'{p}').").format(k=key, p=os.path.basename(path)))
            outs[key] = path
        what = self.tr("terrain model (DEM)")
        grid = raster_grid(dem_layer, what)
        crs = raster_crs(dem_layer, what)
        geographic, unit, _axes = crs_metrics(grid)
        if geographic:
            raise QgsProcessingException(self.tr(
                "The DEM is in degrees ({c}): the simulation needs square cells in metres. "
                "Reproject it to a projected CRS in metres (for example the UTM zone of the "
                "area) with Raster > Projections > Warp, then run again.").format(
                    c=crs.authid()))
        ground_cells_or_refuse(grid, crs, what)     # Web Mercator: cells are not metres
        dx, dy = grid.dx * unit, grid.dy * unit
        if abs(dx - dy) > 1e-6 * max(dx, dy):
            raise QgsProcessingException(self.tr(
                "The simulation needs square cells, but the DEM's cells are {dx:g} m by {dy:g} "
                "m. Resample it to square cells (Raster > Projections > Warp, same size for X "
                "and Y).").format(dx=dx, dy=dy))
        sim_h = self.read_number(parameters, self.SIMULATION_H, context)
        rec_depth = self.read_number(parameters, self.RECESSION_DEPTH_M, context)
        min_hours = self.read_number(parameters, self.MIN_HOURS, context)
        infil = self.read_number(parameters, self.INFILTRATION_MM_H, context)
        drain = self.read_number(parameters, self.DRAINAGE_MM_H, context)
        boundary = self.read_choice(parameters, BOUNDARY.name, context)
        storm = self._storm(parameters, context)
        dem = mask_sentinels(read_raster(dem_layer, dtype=np.float64, what=what), what,
                             feedback)  # -9999 holes of a DEM without its nodata flag
        values = np.where(dem.nodata, np.nan, dem.values)
        valid = np.isfinite(values)
        manning, unknown = self._manning(parameters, context, grid, crs, valid)
        if unknown:
            feedback.pushWarning(self.tr(
                "{n:,} cells have a land cover class missing from the Manning table: they use "
                "MANNING_N ({v:g}).").format(n=unknown, v=self.read_number(
                    parameters, self.MANNING_N, context)))
        obstacles = self._obstacles(parameters, context, grid, crs)
        population = self._population(parameters, context, grid, crs)
        cells = int(valid.sum())
        from ..core.flood import floodkernel
        compiled = floodkernel.wanted() and floodkernel.kernels() is not None
        minutes = expected_minutes(cells, dx, sim_h, compiled)
        feedback.pushInfo(self.tr(
            "DEM: {r} x {c} cells of {dx:g} m ({n:,} with data); storm: {mm:.1f} mm, peak "
            "{p:.1f} mm/h; {h:g} simulated hours.").format(
                r=grid.rows, c=grid.cols, dx=dx, n=cells, mm=storm.total_mm,
                p=storm.peak_mm_h, h=sim_h))
        if minutes > WARN_MINUTES:
            feedback.pushWarning(self.tr(
                "A large run: {n:,} cells for {h:g} hours may take about {m:.0f} minutes or "
                "more. A coarser DEM (twice the cell size) runs about eight times faster.")
                .format(n=cells, h=sim_h, m=minutes))
        if feedback.isCanceled():
            return {}

        progress = _TimeProgress(feedback, sim_h, self.tr)
        with engine_errors():
            res = fs.simulate_flood(values, dx, storm, sim_h, manning_n=manning,
                                    infiltration_mm_h=infil, drainage_mm_h=drain,
                                    boundary=boundary, obstacles=obstacles,
                                    recession_depth_m=rec_depth,
                                    area_thresholds_m=THRESHOLDS_M, progress=progress)
        if res is None or feedback.isCanceled():
            return {}
        for line in res.log:
            feedback.pushWarning(line)
        for key, arr in (("MAX_DEPTH", res.max_depth), ("MAX_VELOCITY", res.max_velocity),
                         ("HAZARD", res.hazard), ("ARRIVAL_H", res.arrival_h),
                         ("RECESSION_H", res.recession_h)):
            write_geotiff(outs[key], arr, grid, crs=crs, nodata=NODATA)

        sm = res.summary
        row = {S.RAIN_M3: sm["rain_m3"], S.STORED_M3: sm["stored_m3"],
               S.OUTFLOW_M3: sm["outflow_m3"], S.INFILTRATION_M3: sm["infiltration_m3"],
               S.DRAINAGE_M3: sm["drainage_m3"], S.RAIN_ON_BUILDINGS_M3:
                   sm["rain_on_obstacles_m3"],
               S.MASS_BALANCE_ERROR_PCT: sm["mass_balance_error_pct"],
               S.MAX_DEPTH_M: sm["max_depth_m"], S.WET_M2: sm["wet_area_m2"],
               S.SIMULATED_MIN: sm["simulated_s"] / 60.0, S.TIME_STEPS: int(sm["steps"])}
        names = list(row)
        for d in THRESHOLDS_M:
            name = S.fill(S.FLOODED_DEPTH_M2, fs.depth_tag(d))
            row[name] = sm[f"area_ge_{d:g}m_m2"]
            names.append(name)
        pops = {}
        if population is not None:
            pops = self._people(_at_buildings(population, obstacles, valid), res, rec_depth,
                                min_hours, sim_h)
            row.update(pops)
            names += list(pops)
        spec = schema_spec(ANALYSIS, self.SUMMARY, names)
        sink, sid = self.sink(parameters, self.SUMMARY, context, table_fields(spec),
                              QgsWkbTypes.Type.NoGeometry)
        write_rows([row], spec, sink)
        feedback.pushInfo(self.tr(
            "Rain {r:,.0f} m³; on the grid at the end {s:,.0f} m³; outflow {o:,.0f} m³; "
            "losses {l:,.0f} m³; mass-balance error {e:.4f} %. Maximum depth {d:.2f} m; "
            "{a:,.0f} m² deeper than {t:g} m.").format(
                r=sm["rain_m3"], s=sm["stored_m3"], o=sm["outflow_m3"], l=sm["losses_m3"],
                e=sm["mass_balance_error_pct"], d=sm["max_depth_m"],
                a=sm[f"area_ge_{THRESHOLDS_M[0]:g}m_m2"], t=THRESHOLDS_M[0]))
        feedback.pushInfo(self.tr("{n:,} time steps in {w:.1f} s of computing ({k} engine, "
                                  "{t} thread(s)).").format(
            n=int(sm["steps"]), w=sm["wall_s"], k=sm["kernel"], t=sm["threads"]))
        feedback.setProgress(100)
        result = dict(outs)
        result[self.SUMMARY] = sid
        result.update({
            "MAX_DEPTH_M": sm["max_depth_m"],
            "FLOODED_AREA_M2": sm[f"area_ge_{THRESHOLDS_M[0]:g}m_m2"],
            "RAIN_VOLUME_M3": sm["rain_m3"],
            "OUTFLOW_VOLUME_M3": sm["outflow_m3"],
            "MASS_BALANCE_ERROR_PCT": sm["mass_balance_error_pct"],
            "POP_FLOODED": pops.get(S.POP_FLOODED),
            "POP_FLOODED_LONG": pops.get(S.POP_FLOODED_LONG),
        })
        return result

    @staticmethod
    def _people(population, res, rec_depth, min_hours, sim_h):
        """People in cells whose peak depth reached the recession depth; those flooded for
        ``min_hours`` or more: the cell's recession time (peak to below the depth, a lower
        bound of the time it stood that deep) is at least ``min_hours``, or the cell is still
        that deep at the end and got wet ``min_hours`` or more before the end; and those still
        flooded at the end."""
        r, c, people = population
        inside = r >= 0
        r, c, people = r[inside], c[inside], people[inside]
        peak = np.nan_to_num(res.max_depth[r, c], nan=0.0)
        flooded = peak >= rec_depth
        rec = res.recession_h[r, c]
        pending = res.recession_pending[r, c]
        wet_for = sim_h - np.nan_to_num(res.arrival_h[r, c], nan=sim_h)
        long_ = flooded & ((np.nan_to_num(rec, nan=-1.0) >= min_hours)
                           | (pending & (wet_for >= min_hours)))
        return {S.POP_FLOODED: float(people[flooded].sum()),
                S.POP_FLOODED_LONG: float(people[long_].sum()),
                S.POP_STILL_FLOODED: float(people[pending].sum())}


def _at_buildings(population, obstacles, valid):
    """People standing in a building burned in as an obstacle (their building is the
    population layer, or a point lies inside one) are read at the nearest simulated cell: the
    water against the building, not the obstacle's 'no water'."""
    if obstacles is None or not obstacles.any():
        return population
    r, c, people = population
    inside = r >= 0
    blocked = np.zeros(r.shape, dtype=bool)
    blocked[inside] = obstacles[r[inside], c[inside]]
    if not blocked.any():
        return population
    from scipy import ndimage
    active = valid & ~obstacles
    if not active.any():
        return population
    _d, (nr, nc) = ndimage.distance_transform_edt(~active, return_indices=True)
    r, c = r.copy(), c.copy()
    r[blocked], c[blocked] = nr[r[blocked], c[blocked]], nc[r[blocked], c[blocked]]
    return r, c, people


def _is_null(v):
    try:
        return v.isNull()
    except AttributeError:
        return isinstance(v, float) and math.isnan(v)


class _TimeProgress(FeedbackProgress):
    """The engine's percent as Processing progress, and the simulated time in the log every
    tenth."""

    def __init__(self, feedback, hours, tr):
        super().__init__(feedback, 5.0, 95.0)
        self._hours = hours
        self._tr = tr
        self._last = -1

    def progress(self, percent):
        super().progress(percent)
        tenth = int(percent // 10)
        if tenth != self._last and 0 < percent < 100:
            self._last = tenth
            self.feedback.pushInfo(self._tr("Simulated {t:.2f} of {h:g} hours.").format(
                t=self._hours * percent / 100.0, h=self._hours))
