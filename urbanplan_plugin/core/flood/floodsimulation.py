"""Rain on a terrain grid, routed over the surface in time: a 2-D flood simulation engine.

Why this exists: ``floodextent`` answers "where could water stand" without time or volume.
A planner who asks "how deep, how fast, when does the street flood and for how long, under the
10-year storm" needs water that moves. This module is that engine, in numpy only (no QGIS, no
Qt), so it runs in the Processing algorithm, in tests and in scripts alike.

Method
------
The local-inertial ("simplified inertial") shallow-water scheme of P. D. Bates, M. S. Horritt and
T. J. Fewtrell (2010), "A simple inertial formulation of the shallow water equations for
efficient two-dimensional flood inundation modelling", *Journal of Hydrology* 387: 33-45, the
scheme of LISFLOOD-FP. It keeps the local acceleration, the water-surface slope and Manning
friction of the shallow-water momentum equation and drops only convective acceleration
(momentum advection), which is small in the slow, shallow flows of urban surface flooding and
is what makes the full equations expensive.

* Unit discharges q (m^2/s) live on the cell faces (a staggered grid): ``qx`` on the faces
  between columns, ``qy`` between rows. Positive q runs towards the higher column / row index.
* Momentum, per face between cells i and j (the paper's eq. 11)::

      q_new = (q - g h_flow dt d(h + z)/dx) / (1 + g dt n^2 |q| / h_flow^(7/3))

  with ``h_flow = max(eta_i, eta_j) - max(z_i, z_j)`` (eta = z + h): the depth of water that can
  actually pass between the two cells. Faces with ``h_flow`` at or below
  ``flow_depth_threshold_m`` (1e-4 m) carry nothing.
* Friction at the new discharge (our change): the paper takes |q| in the friction term at the
  old time, which is what lets the explicit update overshoot where flow starts from rest: on
  the first step of rain on a dry plane q jumps to g h dt S, tens of times the Manning flux,
  before friction catches up; in our tilted-plane test the peak velocity and hazard upslope
  came out 40 % above their steady kinematic values, and peak maps record exactly such
  transients. We take |q_new| instead and solve ``q_new (1 + a |q_new|) = q*`` (a = g dt n^2 /
  h_flow^(7/3), q* the numerator above) in closed form, ``q_new = 2 q* / (1 + sqrt(1 + 4 a
  |q*|))``. It tends to Manning's flux ``h^(5/3) sqrt(S) / n`` for any dt, and equals the
  paper's update where friction is small; steady states are the same.
* Continuity: ``h += dt (sum q_in - sum q_out) / dx``, then rain, then losses.
* Flux weighting (de Almeida et al. 2012, see ``DEFAULT_THETA``): in the momentum update q is
  replaced by ``theta q + (1 - theta) (q_before + q_after) / 2`` with theta = 0.9, which damps
  the checkerboard oscillations the original scheme lets grow in deep, smooth water.
  ``theta=1`` switches the weighting off.
* Time step: ``dt = alpha dx / sqrt(g h_max)`` with alpha = 0.7, the paper's stability condition
  (their eq. 12 with its recommended coefficient), lowered to 0.95 sqrt(theta / 2) when that is
  smaller (0.64 for theta = 0.9, see ``DEFAULT_THETA``), capped by ``max_dt_s``. Steps end
  exactly on the statistics sampling times and at the end: the time to the next one is divided
  into equal steps no longer than dt, never one long step and a sliver (alternating long and
  very short steps destabilise the staggered scheme: a closed pond sloshed with growing
  amplitude). Rain is integrated exactly over each step (a step may straddle a change of
  intensity), so the hyetograph need not cut steps.
* Positivity and mass: explicit fluxes can take more water out of a cell in one step than it
  holds. Before continuity, every cell whose outgoing volume exceeds its water scales all its
  outgoing fluxes by (water available / outgoing volume). Each face has one donor cell, so the
  same scaled flux leaves one cell and enters the other: depth never goes negative and mass is
  conserved to round-off (the mass balance error reported is that round-off).

Inputs and conventions
----------------------
* DEM in metres, square cells of side ``dx`` metres (a non-square grid is refused: the scheme
  uses one cell size in both directions). NaN (or ``nodata``) cells are outside the model: never
  wet, closed to flow, and rain on them is not counted.
* Rain: a :class:`Hyetograph` (steps of constant intensity in mm/h), a function of time in
  seconds returning mm/h (evaluated at each step's middle), or (time_s, mm/h) step rows. Builders:
  :func:`uniform_storm`, :func:`chicago_storm` (Keifer & Chu 1957), :func:`storm_from_csv`,
  :func:`storm_from_idf_table`. Rain falls on every simulated cell.
* Manning's n: a constant or a per-cell array; a face uses the mean n of its two cells.
* Losses: infiltration and drainage in mm/h (each a constant or a per-cell array) remove water
  from a cell each step, but never more than the water present: a dry cell loses nothing, and
  under light rain the loss equals the rain. Drainage stands for the sewer inlets' capacity.
* Boundary: ``"closed"`` (no flux through the raster edge) or ``"open"`` for all four sides, or a
  mapping ``{"north"|"south"|"west"|"east": "open"|"closed"}`` (north = row 0). An open side is a
  free-outflow edge: water leaves through an edge face with the same inertial update (edge
  cell depth as h_flow, no weighting), the surface slope replaced by the edge cell's bed slope
  towards the edge, at least
  ``min_boundary_slope`` (1e-3); at steady state that is Manning's normal-depth flux
  ``q = h^(5/3) sqrt(S) / n``. Where the ground rises towards the edge water still leaves at the
  minimum slope: the terrain beyond the raster is unknown, and a wall there would pond water
  against an edge that is only where the raster was cut. Water never enters through an edge.
* Obstacles (buildings burned in): a boolean mask. Obstacle cells are outside the model like
  nodata (never wet; faces next to them carry nothing). Rain falling on them would in reality
  run off roofs into gutters and sewers; here it is **not simulated**: it is reported as
  ``rain_on_obstacles_m3`` and kept out of the mass balance.
* Initial water (``initial_depth``), e.g. a pond or a lake at a known level: counted in the
  mass balance as ``initial_m3``.

Outputs: :class:`FloodSimulationResult` (peak depth, peak velocity, peak depth x velocity hazard,
arrival and recession times, final depth, summary volumes and the mass balance).

Limits (state them to users)
----------------------------
* No pipe network: drainage is a constant sink per cell, not a sewer model (no surcharge, no
  backflow out of manholes, no network capacity shared between inlets).
* No momentum advection (the local-inertial simplification): supercritical flow on steep
  slopes and flow around sharp obstacles are approximate. Bates et al. (2010) and the UK
  Environment Agency benchmark (Neelz & Pender 2013, "Benchmarking the latest generation of 2D
  hydraulic modelling packages", report SC120002) show such schemes match full shallow-water
  models in depth and extent for gradually varied floodplain and urban flow, less well in
  velocity near hydraulic jumps.
* Square grid cells, four faces per cell (flow only along rows and columns).
* One global explicit time step set by the deepest water anywhere: a deep pond makes the whole
  grid step slowly. Cost grows with cells / dx, so coarser cells run much faster.
* Velocity, hazard, arrival and recession are sampled every ``stats_interval_s`` (default 10 s
  of simulated time), not every step; the peak depth is exact (every step).
"""
import csv
import math
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import UrbanPlanError
from ..common.progress import Progress

G = 9.81
"""Gravitational acceleration, m/s^2."""

DEFAULT_ALPHA = 0.7
"""Time-step coefficient of Bates et al. (2010): dt = alpha dx / sqrt(g h_max). They found
0.2-0.7 stable on their tests and recommend 0.7; lower it if a run oscillates."""

DEFAULT_THETA = 0.9
"""Flux weighting of de Almeida, Bates, Freer & Souvignet (2012), "Improving the stability of a
simple formulation of the shallow water equations for 2-D flood modeling", *Water Resources
Research* 48, W05528. theta = 1 is the original scheme of Bates et al. (2010), which lets
checkerboard oscillations grow where friction is weak (water over about a metre deep on a
smooth surface: we saw a 1 m deep basin keep 0.5 m waves after 1.5 h). theta < 1 mixes in the
neighbouring faces' discharges, a small numerical diffusion that damps them; de Almeida et al.
found 0.7-0.9 removes the oscillations while changing results little.

The weighting tightens the time step on a square grid: for the linearised scheme without
friction, the checkerboard mode (the one that grows) is stable for Courant numbers up to
sqrt(theta / 2) (our von Neumann analysis; theta = 1 gives 1/sqrt(2) = 0.707, which is why
Bates et al.'s alpha = 0.7 works). The engine therefore uses alpha_eff = min(alpha,
0.95 sqrt(theta / 2)): 0.64 for theta = 0.9. With theta = 0.8 and alpha = 0.7 a lake at rest
blew up from round-off within 15 minutes."""
STABILITY_MARGIN = 0.95

DEFAULT_FLOW_DEPTH_M = 1e-4
"""Faces whose flow depth is at or below this carry no flux (a wet/dry threshold: rain films a
tenth of a millimetre deep do not move), as in LISFLOOD-FP."""

DEFAULT_MIN_BOUNDARY_SLOPE = 1e-3
"""Least bed slope with which water leaves through an open edge."""

DEFAULT_WET_DEPTH_M = 0.01
DEFAULT_RECESSION_DEPTH_M = 0.1
DEFAULT_VELOCITY_DEPTH_M = 0.01
"""Velocity is reported only where the depth exceeds this: q / h of a film is noise."""

DEFAULT_AREA_THRESHOLDS_M = (0.1, 0.3, 0.5)
"""Depth classes for the inundated-area summary (0.1 m: the lower bound of InaSAFE's "low"
class, as in ``floodextent``; 0.3 m: about where walking and cars start to be impeded; 0.5 m)."""

DEFAULT_MAX_DT_S = 10.0
DEFAULT_STATS_INTERVAL_S = 10.0
STRIP_CELLS = 32768
"""Cells per row strip: the grid is swept strip by strip so the working arrays stay in the CPU
cache (about twice as fast as whole-array numpy on a 1000 x 1000 grid)."""
THREAD_MIN_CELLS = 250_000
"""Grids at least this large are swept by two threads (numpy releases the GIL in its loops)."""

SIDES = ("north", "south", "west", "east")
_EPS_T = 1e-9


# ---------------------------------------------------------------------------------------------
# Rain
# ---------------------------------------------------------------------------------------------

@dataclass
class Hyetograph:
    """Rain as steps of constant intensity: ``intensity_mm_h[k]`` falls from ``edges_s[k]`` to
    ``edges_s[k + 1]`` (seconds from the start of the simulation); no rain outside."""

    edges_s: np.ndarray
    intensity_mm_h: np.ndarray
    note: str = ""

    def __post_init__(self):
        self.edges_s = np.asarray(self.edges_s, dtype=np.float64).ravel()
        self.intensity_mm_h = np.asarray(self.intensity_mm_h, dtype=np.float64).ravel()
        e, i = self.edges_s, self.intensity_mm_h
        if e.size != i.size + 1 or i.size == 0:
            raise UrbanPlanError("A hyetograph needs one more time edge than intensities "
                                 "(got {n_edges} edges and {n_steps} intensities).",
                                 n_edges=int(e.size), n_steps=int(i.size))
        if not (np.all(np.isfinite(e)) and np.all(np.diff(e) > 0) and e[0] >= 0):
            raise UrbanPlanError("The rain time steps must start at zero or later and increase.")
        if not (np.all(np.isfinite(i)) and np.all(i >= 0)):
            raise UrbanPlanError("Rain intensities must be zero or positive numbers (mm/h).")
        self._cum = np.concatenate([[0.0], np.cumsum(i * np.diff(e)) / 3600.0])  # mm at edges

    @property
    def total_mm(self):
        return float(np.sum(self.intensity_mm_h * np.diff(self.edges_s)) / 3600.0)

    @property
    def end_s(self):
        return float(self.edges_s[-1])

    @property
    def peak_mm_h(self):
        return float(self.intensity_mm_h.max())

    def intensity_at(self, t_s):
        """mm/h falling at time ``t_s`` (the step that starts at or before it)."""
        k = int(np.searchsorted(self.edges_s, t_s, side="right")) - 1
        if k < 0 or k >= self.intensity_mm_h.size:
            return 0.0
        return float(self.intensity_mm_h[k])

    def depth_between(self, t0_s, t1_s):
        """Rain (mm) falling between two times: the exact integral of the steps."""
        c0, c1 = np.interp([t0_s, t1_s], self.edges_s, self._cum)
        return float(c1 - c0)


def hyetograph_from_steps(times_s, intensity_mm_h, end_s=None):
    """Steps given by their start times: ``intensity_mm_h[k]`` from ``times_s[k]`` to
    ``times_s[k + 1]``; the last one lasts until ``end_s`` (default: as long as the one before,
    so regular series need no end time)."""
    t = np.asarray(times_s, dtype=np.float64).ravel()
    i = np.asarray(intensity_mm_h, dtype=np.float64).ravel()
    if t.size == 0 or t.size != i.size:
        raise UrbanPlanError("Give as many rain start times as intensities (at least one).")
    if end_s is None:
        if t.size < 2:
            raise UrbanPlanError("A single rain step needs an end time.")
        end_s = t[-1] + (t[-1] - t[-2])
    return Hyetograph(np.append(t, float(end_s)), i)


def uniform_storm(rain_mm, duration_h, start_h=0.0):
    """``rain_mm`` spread evenly over ``duration_h`` hours (a "block" storm)."""
    if not (rain_mm >= 0 and duration_h > 0 and start_h >= 0):
        raise UrbanPlanError("A uniform storm needs a rain depth of zero or more mm and a "
                             "duration of more than zero hours.")
    t0 = start_h * 3600.0
    return Hyetograph([t0, t0 + duration_h * 3600.0], [rain_mm / duration_h],
                      note=f"uniform {rain_mm:g} mm in {duration_h:g} h")


def idf_intensity(a, b, c, duration_min):
    """Mean intensity (mm/h) of the IDF curve i = a / (t + b)^c, t in minutes."""
    return a / (np.asarray(duration_min, dtype=np.float64) + b) ** c


def _chicago_cumulative(depth_of, duration_min, r, t_min):
    """Cumulative rain (mm) at ``t_min`` of a Chicago storm whose window of any length T around
    the peak (r T before, (1 - r) T after) holds ``depth_of(T)`` mm, the IDF depth."""
    tp = r * duration_min
    total_before = r * depth_of(duration_min) if r > 0 else 0.0
    t = np.asarray(t_min, dtype=np.float64)
    out = np.empty_like(t)
    before = t <= tp
    if r > 0:
        out[before] = total_before - r * depth_of((tp - t[before]) / r)
    if r < 1:
        out[~before] = total_before + (1 - r) * depth_of((t[~before] - tp) / (1 - r))
    return out


def _chicago_from_depth(depth_of, duration_min, r, step_min, note):
    if not (0.0 <= r <= 1.0):
        raise UrbanPlanError("The peak position of a Chicago storm must be between 0 and 1 "
                             "(got {r}).", r=r)
    if not (duration_min > 0 and step_min > 0):
        raise UrbanPlanError("A design storm needs a duration and a time step of more than "
                             "zero minutes.")
    n = math.ceil(duration_min / step_min - 1e-9)
    edges = np.minimum(np.arange(n + 1) * step_min, duration_min)
    cum = _chicago_cumulative(depth_of, duration_min, r, edges)
    inten = np.diff(cum) / (np.diff(edges) / 60.0)
    return Hyetograph(edges * 60.0, np.maximum(inten, 0.0), note=note)


def chicago_storm(a, b, c, duration_min, r=0.4, step_min=5.0):
    """Chicago design storm (C. J. Keifer and H. H. Chu, 1957, "Synthetic storm pattern for
    drainage design", *Journal of the Hydraulics Division* ASCE 83(4): 1-25) from the IDF curve
    ``i = a / (t + b)^c`` (i mm/h, t minutes).

    Why this shape: every window around the peak that starts ``r T`` before it and ends
    ``(1 - r) T`` after it holds exactly the IDF depth of duration T, so one storm is as severe
    as the IDF curve for all durations at once (short bursts for small catchments, long totals
    for ponds). The instantaneous intensity before the peak is
    ``a ((1 - c) tb / r + b) / (tb / r + b)^(1 + c)`` (tb: time before the peak), the same with
    ``1 - r`` after it. Steps of ``step_min`` hold the exact rain of the curve in each step, so
    the total is the IDF depth of ``duration_min``. ``r`` (default 0.4) places the peak: 0.3-0.5
    is typical of convective storms."""
    if not (a > 0 and b >= 0 and 0 < c < 1):
        raise UrbanPlanError("IDF parameters must satisfy a > 0, b >= 0 and 0 < c < 1 (got "
                             "a={a}, b={b}, c={c}).", a=a, b=b, c=c)

    def depth_of(t_min):
        t_min = np.asarray(t_min, dtype=np.float64)
        return a * t_min / (t_min + b) ** c / 60.0

    note = f"Chicago storm, i = {a:g}/(t + {b:g})^{c:g}, {duration_min:g} min, r = {r:g}"
    return _chicago_from_depth(depth_of, duration_min, r, step_min, note)


def fit_idf(durations_min, intensities_mm_h):
    """Fit ``i = a / (t + b)^c`` to (duration, intensity) pairs by least squares on log i.

    For each b the fit is a straight line in log-log (c the slope, log a the intercept); b is
    found by a grid search refined three times. Needs three or more durations. Returns
    (a, b, c, rmse of log i)."""
    t = np.asarray(durations_min, dtype=np.float64).ravel()
    i = np.asarray(intensities_mm_h, dtype=np.float64).ravel()
    if t.size < 3 or t.size != i.size or np.any(t <= 0) or np.any(i <= 0):
        raise UrbanPlanError("Fitting an IDF curve needs three or more durations with positive "
                             "intensities.")
    y = np.log(i)

    def fits(bs):
        x = np.log(t[None, :] + bs[:, None])
        xm = x.mean(axis=1, keepdims=True)
        ym = y.mean()
        slope = ((x - xm) * (y - ym)).sum(axis=1) / ((x - xm) ** 2).sum(axis=1)
        icpt = ym - slope * xm[:, 0]
        res = y[None, :] - (icpt[:, None] + slope[:, None] * x)
        return (res ** 2).mean(axis=1), slope, icpt

    lo, hi = 0.0, 4.0 * float(t.max())
    for _ in range(4):
        bs = np.linspace(lo, hi, 401)
        err, slope, icpt = fits(bs)
        k = int(np.argmin(err))
        step = bs[1] - bs[0]
        lo, hi = max(0.0, bs[k] - step), bs[k] + step
    return float(np.exp(icpt[k])), float(bs[k]), float(-slope[k]), float(np.sqrt(err[k]))


def _table_curve(table, return_period):
    if return_period not in table:
        keys = ", ".join(f"{float(k):g}" for k in sorted(table))
        raise UrbanPlanError("The IDF table has no return period {rp} (it has: {keys}).",
                             rp=return_period, keys=keys)
    row = table[return_period]
    d = np.array(sorted(float(k) for k in row))
    i = np.array([float(row[k]) for k in sorted(row, key=float)])
    if np.any(d <= 0) or np.any(i <= 0):
        raise UrbanPlanError("IDF table durations and intensities must be positive.")
    return d, i


def storm_from_idf_table(table, return_period, duration_min, shape="chicago", r=0.4,
                         step_min=5.0):
    """A design storm from a user's IDF table ``{return period: {duration min: mm/h}}``.

    ``shape="uniform"``: the table's intensity for ``duration_min`` (log-log interpolation
    between the table's durations, no extrapolation) held for the whole duration.
    ``shape="chicago"``: the curve ``a / (t + b)^c`` fitted to that return period's row
    (:func:`fit_idf`, three or more durations needed) shaped by :func:`chicago_storm`, so short
    bursts come from the table's short durations too."""
    d, i = _table_curve(table, return_period)
    if shape == "uniform":
        if not (d[0] - 1e-9 <= duration_min <= d[-1] + 1e-9):
            raise UrbanPlanError("The storm duration {dur} min lies outside the IDF table's "
                                 "durations ({lo:g}-{hi:g} min).",
                                 dur=duration_min, lo=d[0], hi=d[-1])
        inten = float(np.exp(np.interp(np.log(duration_min), np.log(d), np.log(i))))
        st = uniform_storm(inten * duration_min / 60.0, duration_min / 60.0)
        st.note = f"uniform, {return_period:g}-year {duration_min:g} min from the IDF table"
        return st
    if shape == "chicago":
        a, b, c, rmse = fit_idf(d, i)
        st = chicago_storm(a, b, c, duration_min, r=r, step_min=step_min)
        st.note += f"; fitted to the {return_period:g}-year IDF row (log rmse {rmse:.3f})"
        return st
    raise UrbanPlanError("Unknown storm shape {shape!r}: use 'uniform' or 'chicago'.",
                         shape=shape)


def storm_from_csv(path, time_unit="min", step=None):
    """Read a hyetograph from a CSV file of intensities in mm/h.

    One column: consecutive steps of length ``step`` (in ``time_unit``). Two columns: start
    time of each step and its intensity; the last step lasts ``step`` if given, else as long as
    the one before. Rows whose fields are not numbers (a header) are skipped; ``,`` ``;`` and
    tab separators are accepted, with a decimal comma when the separator is ``;``."""
    scale = {"s": 1.0, "min": 60.0, "h": 3600.0}.get(time_unit)
    if scale is None:
        raise UrbanPlanError("Unknown time unit {unit!r}: use 's', 'min' or 'h'.", unit=time_unit)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        text = fh.read()
    delim = ";" if text.count(";") > text.count(",") else (
        "\t" if text.count("\t") > text.count(",") else ",")
    rows = []
    for rec in csv.reader(text.splitlines(), delimiter=delim):
        rec = [f.strip() for f in rec if f.strip() != ""]
        if not rec:
            continue
        try:
            vals = [float(f.replace(",", ".") if delim == ";" else f) for f in rec]
        except ValueError:
            continue
        rows.append(vals)
    widths = {len(r) for r in rows}
    if not rows or len(widths) != 1 or widths.pop() not in (1, 2):
        raise UrbanPlanError("The rain CSV {path} must hold one column (intensity, mm/h) or two "
                             "(step start time, intensity mm/h) of numbers.", path=str(path))
    arr = np.array(rows)
    if arr.shape[1] == 1:
        if not step or step <= 0:
            raise UrbanPlanError("A one-column rain CSV needs the step length.")
        edges = np.arange(arr.shape[0] + 1) * step * scale
        return Hyetograph(edges, arr[:, 0], note=f"from {os.path.basename(str(path))}")
    end = None if step is None else (arr[-1, 0] + step) * scale
    st = hyetograph_from_steps(arr[:, 0] * scale, arr[:, 1], end_s=end)
    st.note = f"from {os.path.basename(str(path))}"
    return st


class _RainFunction:
    """A rain function of time (s -> mm/h) seen through the hyetograph interface."""

    def __init__(self, func):
        self.func = func

    def depth_between(self, t0_s, t1_s):
        """mm in the step by the midpoint rule."""
        return max(0.0, float(self.func(0.5 * (t0_s + t1_s)))) * (t1_s - t0_s) / 3600.0


def _as_rain(rain):
    if rain is None:
        return Hyetograph([0.0, 1.0], [0.0], note="no rain")
    if isinstance(rain, Hyetograph):
        return rain
    if callable(rain):
        return _RainFunction(rain)
    try:
        arr = np.asarray(rain, dtype=np.float64)
    except (TypeError, ValueError):
        arr = None
    if arr is None or arr.ndim != 2 or arr.shape[1] != 2:
        raise UrbanPlanError("Rain must be a Hyetograph, a function of time (s) returning mm/h, "
                             "or rows of (start time s, intensity mm/h).")
    return hyetograph_from_steps(arr[:, 0], arr[:, 1])


# ---------------------------------------------------------------------------------------------
# Result
# ---------------------------------------------------------------------------------------------

@dataclass
class FloodSimulationResult:
    """Rasters are float32 on the DEM's grid, NaN outside the model (nodata and obstacles).

    * ``max_depth`` m, exact peak over all time steps.
    * ``max_velocity`` m/s: peak of |(u, v)| at cell centres, u = mean of the two x-face
      discharges / depth (v likewise), where depth > ``velocity_depth_m``; 0 elsewhere.
    * ``hazard`` m^2/s: peak of depth x velocity (the DV product used by flood hazard ratings).
    * ``arrival_h``: first (sampled) time the depth reached ``wet_depth_m``; NaN if never.
    * ``recession_h``: hours from the cell's (sampled) peak depth until the depth first fell
      below ``recession_depth_m``. NaN if the depth never reached ``recession_depth_m``, and
      NaN too when it was still above at the end: ``recession_pending`` (bool) is True there.
    * ``final_depth`` m at the end.
    * ``summary``: see :func:`simulate_flood`.
    """

    max_depth: np.ndarray
    max_velocity: np.ndarray
    hazard: np.ndarray
    arrival_h: np.ndarray
    recession_h: np.ndarray
    recession_pending: np.ndarray
    final_depth: np.ndarray
    summary: dict
    log: list = field(default_factory=list)


def depth_tag(depth_m):
    """'10cm' for 0.1 m: how a depth threshold is named in the summary (flooded_10cm_m2)."""
    return f"{round(depth_m * 100):d}cm"


def recession_for_comparison(recession_h, max_depth, recession_depth_m):
    """The recession raster as a comparison reads it: 0 hours where the water never reached
    ``recession_depth_m`` (it had nothing to recede from), the recession time where it receded,
    NaN outside the model and where it was still deeper at the end (how long it will stay is
    not known: a scenario cannot be said to shorten or lengthen it)."""
    rec = np.asarray(recession_h, dtype=np.float64)
    peak = np.asarray(max_depth, dtype=np.float64)
    out = rec.copy()
    never = np.isfinite(peak) & (peak < recession_depth_m) & ~np.isfinite(rec)
    out[never] = 0.0
    out[~np.isfinite(peak)] = np.nan
    return out


# ---------------------------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------------------------

def _cell_param(value, shape, positive=False):
    """A scalar or a per-cell array of a physical parameter. Returns a float, an array of the
    DEM's shape, or None when the value is unusable (the caller raises its own message, so each
    message is one translatable sentence without inserted English words)."""
    arr = np.asarray(value, dtype=np.float64)
    if arr.ndim == 0:
        v = float(arr)
        if not math.isfinite(v) or v < 0 or (positive and v == 0):
            return None
        return v
    if arr.shape != shape:
        return None
    return arr


def _square_cell(cell_size):
    size = np.asarray(cell_size, dtype=np.float64).ravel()
    if size.size == 2:
        dx, dy = abs(float(size[0])), abs(float(size[1]))
        if not math.isclose(dx, dy, rel_tol=1e-6):
            raise UrbanPlanError("The flood simulation needs square cells, but the terrain "
                                 "model's cells are {dx:g} m by {dy:g} m. Resample it to square "
                                 "cells first (Raster > Projections > Warp).", dx=dx, dy=dy)
    elif size.size == 1:
        dx = abs(float(size[0]))
    else:
        raise UrbanPlanError("The cell size must be one number or a (dx, dy) pair.")
    if not (math.isfinite(dx) and dx > 0):
        raise UrbanPlanError("The cell size must be a positive number of metres.")
    return dx


def _boundary_sides(boundary):
    if isinstance(boundary, str):
        if boundary not in ("open", "closed"):
            raise UrbanPlanError("The boundary must be 'open' or 'closed' (got {b!r}).",
                                 b=boundary)
        return {s: boundary == "open" for s in SIDES}
    try:
        items = dict(boundary)
    except (TypeError, ValueError):
        items = None
    if items is None or not set(items) <= set(SIDES) or \
            not all(v in ("open", "closed") for v in items.values()):
        raise UrbanPlanError("Give the boundary as 'open', 'closed' or a mapping of north, "
                             "south, west, east to 'open' or 'closed'.")
    return {s: items.get(s, "closed") == "open" for s in SIDES}


class _Scratch:
    """Per-thread work buffers, reshaped into views of the needed shape."""

    def __init__(self, size):
        self.f = [np.empty(size) for _ in range(4)]
        self.m = np.empty(size, dtype=bool)

    def view(self, k, shape):
        return self.f[k][:shape[0] * shape[1]].reshape(shape)

    def mask(self, shape):
        return self.m[:shape[0] * shape[1]].reshape(shape)


class _Model:
    """State and the four sweeps of one time step. Every sweep works on row strips [a, b) and
    touches only what it owns, so strips can run in parallel threads between the sweeps:

    1. fluxes: momentum update of the x faces of rows a..b-1, the y faces above rows a..b-1
       (and the bottom edge faces in the last strip);
    2. limit: per cell, the outgoing volume and the factor f <= 1 that keeps depth >= 0;
    3. scale: each face's flux times its donor cell's f (only where some f < 1);
    4. update: continuity, rain, losses, running maxima, optional statistics sample.
    """

    def __init__(self, z, active, dx, n, infil, drain, sides, min_slope, hmin, stats,
                 theta):
        self.R, self.C = R, C = z.shape
        self.dx = dx
        self.hmin = hmin
        self.active = active
        self.all_active = bool(active.all())
        zmax = float(z[active].max())
        self.z = np.where(active, z, zmax)  # finite everywhere; inactive cells are masked by faces
        closed = zmax + 1e6  # a face crest no water reaches: h_flow < 0, so no flux
        self.zfx = np.maximum(self.z[:, :-1], self.z[:, 1:])
        self.zfx[~(active[:, :-1] & active[:, 1:])] = closed
        self.zfy = np.maximum(self.z[:-1, :], self.z[1:, :])
        self.zfy[~(active[:-1, :] & active[1:, :])] = closed
        if np.ndim(n) == 0:
            self.n2x = self.n2y = float(n) ** 2
        else:
            self.n2x = (0.5 * (n[:, :-1] + n[:, 1:])) ** 2
            self.n2y = (0.5 * (n[:-1, :] + n[1:, :])) ** 2
        self.n_cell = n
        self.h = np.zeros((R, C))
        self.eta = self.z.copy()
        self.qx = np.zeros((R, C + 1))  # discharges (m2/s) now ...
        self.qy = np.zeros((R + 1, C))
        self.qx_new = np.zeros((R, C + 1))  # ... and after the flux sweep (closed edges stay 0)
        self.qy_new = np.zeros((R + 1, C))
        self.theta = theta
        self.f = np.ones((R, C))
        self.maxd = np.zeros((R, C))
        # losses
        self.loss = None
        self.infil_share = None
        if not (np.ndim(infil) == 0 and np.ndim(drain) == 0 and infil == 0 and drain == 0):
            total = np.asarray(infil) + np.asarray(drain)  # mm/h
            self.loss = total / 3.6e6 if np.ndim(total) else float(total) / 3.6e6  # m/s
            with np.errstate(invalid="ignore", divide="ignore"):
                share = np.where(total > 0, np.asarray(infil) / np.where(total > 0, total, 1.0),
                                 0.0)
            self.infil_share = share if np.ndim(share) else float(share)
        # open edges: bed slope towards the edge, at least min_slope
        self.sides = sides
        self.edge_s = {}
        self.edge_n2 = {}
        zz = self.z

        def slope(inner, edge, inner_ok):
            s = (inner - edge) / dx
            s = np.where(inner_ok, s, min_slope)
            return np.maximum(s, min_slope)

        if sides["west"]:
            self.edge_s["west"] = (slope(zz[:, 1], zz[:, 0], active[:, 1]) if C > 1
                                   else np.full(R, min_slope))
        if sides["east"]:
            self.edge_s["east"] = (slope(zz[:, -2], zz[:, -1], active[:, -2]) if C > 1
                                   else np.full(R, min_slope))
        if sides["north"]:
            self.edge_s["north"] = (slope(zz[1, :], zz[0, :], active[1, :]) if R > 1
                                    else np.full(C, min_slope))
        if sides["south"]:
            self.edge_s["south"] = (slope(zz[-2, :], zz[-1, :], active[-2, :]) if R > 1
                                    else np.full(C, min_slope))
        for s in self.edge_s:
            if np.ndim(n) == 0:
                self.edge_n2[s] = float(n) ** 2
            else:
                self.edge_n2[s] = {"west": n[:, 0], "east": n[:, -1], "north": n[0, :],
                                   "south": n[-1, :]}[s] ** 2
        # statistics
        self.stats = stats
        shape = (R, C)
        self.arrival = np.full(shape, np.nan)
        self.peak = np.zeros(shape)
        self.peak_t = np.zeros(shape)
        self.rec_t = np.full(shape, np.nan)
        self.maxvel = np.zeros(shape)
        self.hazard = np.zeros(shape)
        # strips and threads
        rows = max(1, STRIP_CELLS // (C + 1))
        self.strips = [(a, min(a + rows, R)) for a in range(0, R, rows)]
        self.rows_max = rows
        # per-step parameters (set by step())
        self.dt = 0.0
        self.rain_dt = 0.0
        self.sample_t = None

    # --- sweep 1: fluxes ----------------------------------------------------------------------
    def _faces(self, q_new, q, q_prev, q_next, eta_lo, eta_hi, zf, n2, sc):
        """Momentum update of a block of faces (see the module docstring): Bates et al. (2010)
        eq. 11 with the previous discharge q replaced by theta q + (1 - theta) (q_prev +
        q_next) / 2 (de Almeida et al. 2012; q_prev and q_next are the faces before and after
        in the same direction) and friction taken at the new discharge. Reads the old
        discharges, writes ``q_new``."""
        shape = q.shape
        dt, hmin, theta = self.dt, self.hmin, self.theta
        hf = sc.view(0, shape)
        np.maximum(eta_lo, eta_hi, out=hf)
        hf -= zf
        wet = np.greater(hf, hmin, out=sc.mask(shape))
        # num = 2 q*, q* = theta q + (1 - theta)(q_prev + q_next)/2 - g h_flow dt d(eta)/dx
        num = np.subtract(eta_hi, eta_lo, out=sc.view(1, shape))
        num *= hf
        num *= -2.0 * G * dt / self.dx
        tmp = sc.view(2, shape)
        np.multiply(q, 2.0 * theta, out=tmp)
        num += tmp
        if theta < 1.0:
            np.add(q_prev, q_next, out=tmp)
            tmp *= 1.0 - theta
            num += tmp
        # q_new (1 + a |q_new|) = q*, a = g dt n^2 / h_flow^(7/3): q_new = 2 q* / (1 + root)
        np.maximum(hf, hmin, out=hf)
        den = np.cbrt(hf, out=tmp)
        den *= hf
        den *= hf  # h_flow^(7/3)
        root = np.abs(num, out=sc.view(3, shape))  # 2 |q*|
        if isinstance(n2, float):
            root *= 2.0 * G * dt * n2  # 4 a |q*| = 2 g dt n^2 (2 |q*|) / h_flow^(7/3)
        else:
            root *= n2
            root *= 2.0 * G * dt
        root /= den
        root += 1.0
        np.sqrt(root, out=root)
        root += 1.0
        np.divide(num, root, out=q_new)
        q_new *= wet

    def _edge(self, side, sl):
        """Free outflow through one open edge (a slice of its cells): the inertial update with
        the bed slope towards the edge as the driving slope; writes the new discharges."""
        R, C = self.R, self.C
        if side == "west":
            h, qv, qn, sign = self.h[sl, 0], self.qx[sl, 0], self.qx_new[sl, 0], -1.0
        elif side == "east":
            h, qv, qn, sign = self.h[sl, C - 1], self.qx[sl, C], self.qx_new[sl, C], 1.0
        elif side == "north":
            h, qv, qn, sign = self.h[0, sl], self.qy[0, sl], self.qy_new[0, sl], -1.0
        else:
            h, qv, qn, sign = self.h[R - 1, sl], self.qy[R, sl], self.qy_new[R, sl], 1.0
        s = self.edge_s[side][sl]
        n2 = self.edge_n2[side]
        if not isinstance(n2, float):
            n2 = n2[sl]
        dt, hmin = self.dt, self.hmin
        hc = np.maximum(h, hmin)
        star = qv * sign + G * h * dt * s  # outward, >= 0
        a = G * dt * n2 / (hc * hc * np.cbrt(hc))
        new = 2.0 * star / (1.0 + np.sqrt(1.0 + 4.0 * a * star))
        new[h <= hmin] = 0.0
        qn[...] = sign * new

    def sweep_fluxes(self, a, b, sc):
        R = self.R
        eta = self.eta
        qx, qy = self.qx, self.qy
        if self.C > 1:
            self._faces(self.qx_new[a:b, 1:-1], qx[a:b, 1:-1], qx[a:b, :-2], qx[a:b, 2:],
                        eta[a:b, :-1], eta[a:b, 1:], self.zfx[a:b],
                        self.n2x if isinstance(self.n2x, float) else self.n2x[a:b], sc)
        k0 = max(a, 1)
        if b > k0:
            self._faces(self.qy_new[k0:b], qy[k0:b], qy[k0 - 1:b - 1], qy[k0 + 1:b + 1],
                        eta[k0 - 1:b - 1], eta[k0:b], self.zfy[k0 - 1:b - 1],
                        self.n2y if isinstance(self.n2y, float) else self.n2y[k0 - 1:b - 1], sc)
        rows = slice(a, b)
        for side in ("west", "east"):
            if side in self.edge_s:
                self._edge(side, rows)
        if a == 0 and "north" in self.edge_s:
            self._edge("north", slice(None))
        if b == R and "south" in self.edge_s:
            self._edge("south", slice(None))

    def swap(self):
        """After the flux sweep: the new discharges become the current ones."""
        self.qx, self.qx_new = self.qx_new, self.qx
        self.qy, self.qy_new = self.qy_new, self.qy

    # --- sweep 2: limiter factors -------------------------------------------------------------
    def sweep_limit(self, a, b, sc):
        C = self.C
        h = self.h[a:b]
        shape = h.shape
        qx, qy = self.qx[a:b], self.qy[a:b + 1]
        px = np.maximum(qx, 0.0, out=sc.view(0, qx.shape))
        out = sc.view(1, shape)
        np.subtract(px[:, 1:], np.minimum(qx[:, :C], 0.0, out=sc.view(2, shape)), out=out)
        py = np.maximum(qy, 0.0, out=sc.view(0, qy.shape))
        out += py[1:]
        out -= np.minimum(qy[:-1], 0.0, out=sc.view(2, shape))
        out *= self.dt / self.dx
        over = np.greater(out, h, out=sc.mask(shape))
        f = self.f[a:b]
        f.fill(1.0)
        if not over.any():
            return False
        np.divide(h, out, out=f, where=over)
        return True

    # --- sweep 3: scale by the donor's factor -------------------------------------------------
    def sweep_scale(self, a, b, sc):
        R, C = self.R, self.C
        f = self.f
        if C > 1:
            q = self.qx[a:b, 1:-1]
            s = sc.view(0, q.shape)
            np.copyto(s, f[a:b, 1:])
            np.copyto(s, f[a:b, :-1], where=np.greater(q, 0.0, out=sc.mask(q.shape)))
            q *= s
        self.qx[a:b, 0] *= f[a:b, 0]
        self.qx[a:b, C] *= f[a:b, C - 1]
        k0 = max(a, 1)
        if b > k0:
            q = self.qy[k0:b]
            s = sc.view(0, q.shape)
            np.copyto(s, f[k0:b])
            np.copyto(s, f[k0 - 1:b - 1], where=np.greater(q, 0.0, out=sc.mask(q.shape)))
            q *= s
        if a == 0:
            self.qy[0] *= f[0]
        if b == R:
            self.qy[R] *= f[R - 1]

    # --- sweep 4: continuity, rain, losses, maxima, statistics -------------------------------
    def sweep_update(self, a, b, sc):
        """Returns (max depth, lost volume depth-sum, of it infiltration, outflow depth-sum)."""
        R, C = self.R, self.C
        h = self.h[a:b]
        shape = h.shape
        dt, dx = self.dt, self.dx
        qx, qy = self.qx, self.qy
        d = np.subtract(qx[a:b, :C], qx[a:b, 1:], out=sc.view(0, shape))
        d += qy[a:b]
        d -= qy[a + 1:b + 1]
        d *= dt / dx
        h += d
        np.maximum(h, 0.0, out=h)
        if self.rain_dt > 0.0:
            if self.all_active:
                h += self.rain_dt
            else:
                np.add(h, self.rain_dt, out=h, where=self.active[a:b])
        lost = infil = 0.0
        if self.loss is not None:
            cap = sc.view(1, shape)
            if isinstance(self.loss, float):
                cap.fill(self.loss * dt)
            else:
                np.multiply(self.loss[a:b], dt, out=cap)
            np.minimum(h, cap, out=cap)
            h -= cap
            lost = float(cap.sum())
            share = self.infil_share
            if isinstance(share, float):
                infil = lost * share
            else:
                infil = float(np.dot(cap.ravel(), share[a:b].ravel()))
        np.maximum(self.maxd[a:b], h, out=self.maxd[a:b])
        np.add(self.z[a:b], h, out=self.eta[a:b])
        out = 0.0
        if "west" in self.edge_s:
            out -= float(qx[a:b, 0].sum())
        if "east" in self.edge_s:
            out += float(qx[a:b, C].sum())
        if a == 0 and "north" in self.edge_s:
            out -= float(qy[0].sum())
        if b == R and "south" in self.edge_s:
            out += float(qy[R].sum())
        if self.sample_t is not None:
            self._sample(a, b, sc)
        return float(h.max()) if h.size else 0.0, lost, infil, out * dt / dx

    def _sample(self, a, b, sc):
        C = self.C
        t = self.sample_t
        st = self.stats
        h = self.h[a:b]
        shape = h.shape
        u = np.add(self.qx[a:b, :C], self.qx[a:b, 1:], out=sc.view(1, shape))
        v = np.add(self.qy[a:b], self.qy[a + 1:b + 1], out=sc.view(2, shape))
        dv = np.hypot(u, v, out=u)
        dv *= 0.5
        deep = np.greater(h, st["velocity_depth"], out=sc.mask(shape))
        dv *= deep
        np.maximum(self.hazard[a:b], dv, out=self.hazard[a:b])
        np.divide(dv, h, out=dv, where=deep)
        np.maximum(self.maxvel[a:b], dv, out=self.maxvel[a:b])
        arr = self.arrival[a:b]
        new = np.isnan(arr, out=sc.mask(shape))
        new &= h >= st["wet"]
        np.copyto(arr, t, where=new)
        peak, peak_t, rec_t = self.peak[a:b], self.peak_t[a:b], self.rec_t[a:b]
        up = np.greater(h, peak, out=sc.mask(shape))
        np.copyto(peak, h, where=up)
        np.copyto(peak_t, t, where=up)
        np.copyto(rec_t, np.nan, where=up)
        fell = np.isnan(rec_t)
        fell &= peak >= st["recession"]
        fell &= h < st["recession"]
        np.copyto(rec_t, t, where=fell)


class _Sweeper:
    """Runs a sweep over all strips, in one thread or split between worker threads."""

    def __init__(self, model, threads):
        self.model = model
        strips = model.strips
        threads = max(1, min(threads, len(strips)))
        size = (model.rows_max + 1) * (model.C + 1)
        self.groups = [strips[k * len(strips) // threads:(k + 1) * len(strips) // threads]
                       for k in range(threads)]
        self.scratch = [_Scratch(size) for _ in range(threads)]
        self.pool = ThreadPoolExecutor(max_workers=threads) if threads > 1 else None

    def run(self, method, only=None):
        """Call ``method(a, b, scratch)`` for every strip (or those whose index is in ``only``);
        return the results in strip order."""
        if self.pool is None:
            sc = self.scratch[0]
            return [method(a, b, sc) for k, (a, b) in enumerate(self.groups[0])
                    if only is None or k in only]
        futures = []
        base = 0
        for grp, sc in zip(self.groups, self.scratch):
            idx = range(base, base + len(grp))
            futures.append(self.pool.submit(self._group, method, grp, idx, sc, only))
            base += len(grp)
        out = []
        for fu in futures:
            out.extend(fu.result())
        return out

    @staticmethod
    def _group(method, grp, idx, sc, only):
        return [method(a, b, sc) for k, (a, b) in zip(idx, grp) if only is None or k in only]

    def close(self):
        if self.pool is not None:
            self.pool.shutdown(wait=True)


class _NumpyStepper:
    """One time step with the numpy sweeps (strips, in one or two threads)."""

    kernel = "numpy"

    def __init__(self, model, threads):
        self.model = model
        self.sweeper = _Sweeper(model, threads)
        self.threads = len(self.sweeper.groups)

    def sample(self):
        self.sweeper.run(self.model._sample)

    def step(self):
        """Fluxes, limiter, continuity (and the statistics sample when ``model.sample_t`` is
        set). Returns (deepest water, lost, of it infiltrated, outflow), volumes as depth
        sums (m)."""
        model, sw = self.model, self.sweeper
        sw.run(model.sweep_fluxes)
        model.swap()
        limited = sw.run(model.sweep_limit)
        if any(limited):
            n = len(limited)
            only = {k for k in range(n) if limited[k] or (k > 0 and limited[k - 1])}
            sw.run(model.sweep_scale, only=only)
        res = sw.run(model.sweep_update)
        return (max(r[0] for r in res), sum(r[1] for r in res), sum(r[2] for r in res),
                sum(r[3] for r in res))

    def close(self):
        self.sweeper.close()


class _CompiledStepper:
    """One time step with the compiled kernels of :mod:`floodkernel` (the same arithmetic in
    four passes, dry faces skipped); the open edges keep the numpy update (one row or column
    each)."""

    kernel = "compiled"

    def __init__(self, model, threads, kern):
        self.model = model
        self.k = kern
        self.prev_threads = kern.numba.get_num_threads()
        self.threads = max(1, min(int(threads), kern.numba.config.NUMBA_NUM_THREADS))
        kern.numba.set_num_threads(self.threads)
        m = model
        R, C = m.R, m.C  # noqa: N806
        self.n2x = np.broadcast_to(np.asarray(m.n2x, dtype=np.float64), (R, max(C - 1, 0)))
        self.n2y = np.broadcast_to(np.asarray(m.n2y, dtype=np.float64), (max(R - 1, 0), C))
        self.zfx = m.zfx if C > 1 else np.zeros((R, 0))
        self.zfy = m.zfy if R > 1 else np.zeros((0, C))
        if m.loss is None:
            self.loss = self.share = np.broadcast_to(np.float64(0.0), (R, C))
        else:
            self.loss = np.broadcast_to(np.asarray(m.loss, dtype=np.float64), (R, C))
            self.share = np.broadcast_to(np.asarray(m.infil_share, dtype=np.float64), (R, C))
        self.flags = np.zeros(R, dtype=np.int64)
        self.row_max = np.zeros(R)
        self.row_lost = np.zeros(R)
        self.row_infil = np.zeros(R)

    def sample(self):
        from .floodkernel import exclusive
        with exclusive():
            self._sample()

    def _sample(self):
        m, st = self.model, self.model.stats
        self.k.sample(m.h, m.qx, m.qy, float(m.sample_t), st["wet"], st["recession"],
                      st["velocity_depth"], m.hazard, m.maxvel, m.arrival, m.peak, m.peak_t,
                      m.rec_t)

    def step(self):
        from .floodkernel import exclusive
        with exclusive():
            return self._step()

    def _step(self):
        m, k = self.model, self.k
        dt, dx = m.dt, m.dx
        k.fluxes(m.qx_new, m.qy_new, m.qx, m.qy, m.eta, self.zfx, self.zfy, self.n2x,
                 self.n2y, dt, dx, m.hmin, m.theta)
        rows = slice(None)
        for side in ("west", "east", "north", "south"):
            if side in m.edge_s:
                m._edge(side, rows)
        m.swap()
        k.limit(m.f, m.h, m.qx, m.qy, dt, dx, self.flags)
        if self.flags.any():
            k.scale(m.qx, m.qy, m.f)
        k.update(m.h, m.eta, m.z, m.maxd, m.qx, m.qy, m.active, m.all_active,
                 float(m.rain_dt), self.loss, self.share, m.loss is not None, dt, dx,
                 self.row_max, self.row_lost, self.row_infil)
        out = 0.0
        C, R = m.C, m.R  # noqa: N806
        if "west" in m.edge_s:
            out -= float(m.qx[:, 0].sum())
        if "east" in m.edge_s:
            out += float(m.qx[:, C].sum())
        if "north" in m.edge_s:
            out -= float(m.qy[0].sum())
        if "south" in m.edge_s:
            out += float(m.qy[R].sum())
        if m.sample_t is not None:
            self._sample()
        return (float(self.row_max.max()), float(self.row_lost.sum()),
                float(self.row_infil.sum()), out * dt / dx)

    def close(self):
        self.k.numba.set_num_threads(self.prev_threads)


KERNELS = ("auto", "numpy", "compiled")
"""``simulate_flood(kernel=...)``: 'auto' = compiled when numba is there (and
URBANPLAN_FLOOD_KERNEL is not 'numpy'), else numpy; 'numpy' and 'compiled' force one ('compiled'
without numba is an error)."""


def _stepper(model, threads, kernel):
    from . import floodkernel
    if kernel not in KERNELS:
        raise UrbanPlanError("Unknown simulation kernel {k!r}: use 'auto', 'numpy' or "
                             "'compiled'.", k=kernel)
    if kernel == "numpy" or (kernel == "auto" and not floodkernel.wanted()):
        return _NumpyStepper(model, threads)
    kern = floodkernel.kernels()
    if kern is None:
        if kernel == "compiled":
            raise UrbanPlanError("The compiled flood kernel needs numba (Debian package "
                                 "python3-numba): {why}", why=floodkernel.unavailable_reason())
        return _NumpyStepper(model, threads)
    return _CompiledStepper(model, threads, kern)


def _prepare_dem(dem, nodata, obstacles):
    z = np.array(dem, dtype=np.float64)  # a copy: the input is never modified
    if z.ndim != 2 or z.size == 0:
        raise UrbanPlanError("The terrain model must be a single-band 2-D raster.")
    if nodata is not None:
        z[z == nodata] = np.nan
    valid = np.isfinite(z)
    if obstacles is None:
        obst = np.zeros(z.shape, dtype=bool)
    else:
        obst = np.asarray(obstacles, dtype=bool)
        if obst.shape != z.shape:
            raise UrbanPlanError("The obstacle mask does not have the terrain model's shape.")
    active = valid & ~obst
    if not active.any():
        raise UrbanPlanError("The terrain model has no cell to simulate (all nodata or "
                             "obstacles).")
    return z, valid, obst & valid, active


def simulate_flood(dem, cell_size, rain, duration_h, *, manning_n=0.03, infiltration_mm_h=0.0,
                   drainage_mm_h=0.0, boundary="closed", obstacles=None, initial_depth=None,
                   nodata=None, wet_depth_m=DEFAULT_WET_DEPTH_M,
                   recession_depth_m=DEFAULT_RECESSION_DEPTH_M,
                   velocity_depth_m=DEFAULT_VELOCITY_DEPTH_M,
                   area_thresholds_m=DEFAULT_AREA_THRESHOLDS_M, alpha=DEFAULT_ALPHA,
                   theta=DEFAULT_THETA,
                   max_dt_s=DEFAULT_MAX_DT_S, stats_interval_s=DEFAULT_STATS_INTERVAL_S,
                   flow_depth_threshold_m=DEFAULT_FLOW_DEPTH_M,
                   min_boundary_slope=DEFAULT_MIN_BOUNDARY_SLOPE, threads=None, kernel="auto",
                   progress=None):
    """Simulate rain on ``dem`` for ``duration_h`` hours (see the module docstring for the
    method). Returns a :class:`FloodSimulationResult`, or None if cancelled through ``progress``
    (an object with ``progress(percent)`` and ``is_canceled()``, see ``core/progress.py``).

    ``dem`` 2-D metres (NaN or ``nodata`` = outside); ``cell_size`` metres, one number or a
    (dx, dy) pair that must be square; ``rain`` a :class:`Hyetograph`, a function t_s -> mm/h,
    rows of (start s, mm/h), or None; ``manning_n``, ``infiltration_mm_h``, ``drainage_mm_h``
    constants or per-cell arrays; ``boundary`` 'closed', 'open' or a per-side mapping;
    ``obstacles`` bool mask; ``initial_depth`` metres (array or constant) at t = 0.

    ``summary`` keys: ``rain_m3`` (on simulated cells), ``rain_on_obstacles_m3`` (not simulated),
    ``initial_m3``, ``stored_m3`` (on the grid at the end), ``outflow_m3`` (through open edges),
    ``infiltration_m3``, ``drainage_m3``, ``losses_m3`` (their sum), ``mass_balance_error_pct``
    = (initial + rain - stored - outflow - losses) / (initial + rain) x 100, ``max_depth_m``,
    ``area_ge_<d>m_m2`` for each depth in ``area_thresholds_m`` (peak depth >= d),
    ``wet_area_m2`` (peak depth >= ``wet_depth_m``), ``steps``, ``simulated_s``, ``mean_dt_s``,
    ``min_dt_s``, ``wall_s``, ``cells`` (simulated), ``threads``.
    """
    t_wall = time.perf_counter()
    progress = progress or Progress()
    dx = _square_cell(cell_size)
    z, _valid, obst, active = _prepare_dem(dem, nodata, obstacles)
    shape = z.shape
    if not (isinstance(duration_h, (int, float, np.floating, np.integer))
            and math.isfinite(duration_h) and duration_h > 0):
        raise UrbanPlanError("The simulation length must be a positive number of hours.")
    if not (0.5 <= theta <= 1.0):
        raise UrbanPlanError("The flux weighting theta must be between 0.5 and 1 (got {theta}).",
                             theta=theta)
    if not (0.0 < alpha <= 1.0):
        raise UrbanPlanError("The time-step coefficient alpha must be in (0, 1] (got {alpha}).",
                             alpha=alpha)
    for param, v in (("max_dt_s", max_dt_s), ("stats_interval_s", stats_interval_s),
                     ("wet_depth_m", wet_depth_m), ("recession_depth_m", recession_depth_m),
                     ("velocity_depth_m", velocity_depth_m),
                     ("flow_depth_threshold_m", flow_depth_threshold_m),
                     ("min_boundary_slope", min_boundary_slope)):
        if not (math.isfinite(v) and v > 0):
            raise UrbanPlanError("The setting {param} must be a positive number (got {value}).",
                                 param=param, value=v)
    n = _cell_param(manning_n, shape, positive=True)
    if n is None:
        raise UrbanPlanError("Manning's n must be a positive number, or a raster of the terrain "
                             "model's shape.")
    if np.ndim(n):
        bad = active & ~(np.isfinite(n) & (n > 0))
        if bad.any():
            raise UrbanPlanError("Manning's n must be positive on every simulated cell "
                                 "({count} cells are not).", count=int(bad.sum()))
        n = np.where(active, n, 1.0)
    infil = _cell_param(infiltration_mm_h, shape)
    if infil is None or (np.ndim(infil) and not np.all(np.isfinite(infil[active])
                                                       & (infil[active] >= 0))):
        raise UrbanPlanError("The infiltration rate must be zero or a positive number of mm/h on "
                             "every simulated cell (a number, or a raster of the terrain "
                             "model's shape).")
    drain = _cell_param(drainage_mm_h, shape)
    if drain is None or (np.ndim(drain) and not np.all(np.isfinite(drain[active])
                                                       & (drain[active] >= 0))):
        raise UrbanPlanError("The drainage rate must be zero or a positive number of mm/h on "
                             "every simulated cell (a number, or a raster of the terrain "
                             "model's shape).")
    if np.ndim(infil):
        infil = np.where(active, infil, 0.0)
    if np.ndim(drain):
        drain = np.where(active, drain, 0.0)
    sides = _boundary_sides(boundary)
    rain = _as_rain(rain)
    log = []

    stats = {"wet": float(wet_depth_m), "recession": float(recession_depth_m),
             "velocity_depth": float(velocity_depth_m)}
    model = _Model(z, active, dx, n, infil, drain, sides, float(min_boundary_slope),
                   float(flow_depth_threshold_m), stats, float(theta))
    cell_area = dx * dx
    initial_m3 = 0.0
    if initial_depth is not None:
        h0 = np.broadcast_to(np.asarray(initial_depth, dtype=np.float64), shape)
        if not np.all(np.isfinite(h0[active]) & (h0[active] >= 0)):
            raise UrbanPlanError("The initial depth must be zero or positive on every simulated "
                                 "cell.")
        model.h[active] = h0[active]
        np.add(model.z, model.h, out=model.eta)
        np.maximum(model.maxd, model.h, out=model.maxd)
        initial_m3 = float(model.h.sum()) * cell_area
    n_active = int(active.sum())
    n_obst = int(obst.sum())
    if threads is None:
        threads = min(2, os.cpu_count() or 1) if n_active >= THREAD_MIN_CELLS else 1
    stepper = _stepper(model, int(threads), kernel)

    T = float(duration_h) * 3600.0
    alpha_eff = min(alpha, STABILITY_MARGIN * math.sqrt(theta / 2.0))
    t = 0.0
    steps = 0
    min_dt = math.inf
    rain_m3 = rain_obst_m3 = lost_m3 = infil_m3 = out_m3 = 0.0
    k_sample = 0
    model.sample_t = 0.0
    model.dt = 0.0
    stepper.sample()  # t = 0: initial water counts as arrived
    model.sample_t = None
    hmax = float(model.h.max())
    last_pct = -1
    try:
        while t < T - _EPS_T:
            if progress.is_canceled():
                return None
            dt = max_dt_s if hmax <= 1e-12 else min(max_dt_s,
                                                    alpha_eff * dx / math.sqrt(G * hmax))
            next_sample = (k_sample + 1) * stats_interval_s
            target = min(T, next_sample)
            # Land exactly on the next sampling time with steps of equal length instead of one
            # short last step: the staggered scheme (q and h updated alternately) loses its
            # stability margin when long and very short steps alternate (we saw a closed pond
            # slosh with growing amplitude at alpha = 0.7 when every 10 s ended in a sliver).
            left = target - t
            n_left = max(1, math.ceil(left / dt - 1e-9))
            if n_left == 1:
                dt, t_new = left, target
            else:
                dt = left / n_left
                t_new = t + dt
            rain_dt = rain.depth_between(t, t_new) / 1000.0  # metres of rain in this step
            model.dt = dt
            model.rain_dt = rain_dt
            sampling = t_new >= next_sample - _EPS_T or t_new >= T - _EPS_T
            model.sample_t = t_new if sampling else None
            hmax, lost, infil, out = stepper.step()
            lost_m3 += lost * cell_area
            infil_m3 += infil * cell_area
            out_m3 += out * cell_area
            rain_m3 += rain_dt * n_active * cell_area
            rain_obst_m3 += rain_dt * n_obst * cell_area
            if sampling and t_new >= next_sample - _EPS_T:
                k_sample = math.floor(t_new / stats_interval_s + 1e-9)
            t = t_new
            steps += 1
            min_dt = min(min_dt, dt)
            pct = int(100 * t / T)
            if pct != last_pct:
                progress.progress(pct)
                last_pct = pct
    finally:
        stepper.close()
    if progress.is_canceled():
        return None

    # --- results ------------------------------------------------------------------------------
    outside = ~active

    def as_out(a):
        o = a.astype(np.float32)
        o[outside] = np.nan
        return o

    max_depth = as_out(model.maxd)
    final = as_out(model.h)
    stored_m3 = float(model.h.sum()) * cell_area
    arrival = as_out(model.arrival / 3600.0)
    reached = active & (model.peak >= recession_depth_m)
    pending = reached & np.isnan(model.rec_t)
    rec = np.where(reached & ~pending, (model.rec_t - model.peak_t) / 3600.0, np.nan)
    recession = as_out(rec)
    velocity = as_out(model.maxvel)
    hazard = as_out(model.hazard)

    drain_m3 = lost_m3 - infil_m3
    supplied = initial_m3 + rain_m3
    balance = supplied - stored_m3 - out_m3 - lost_m3
    summary = {
        "rain_m3": rain_m3,
        "rain_on_obstacles_m3": rain_obst_m3,
        "initial_m3": initial_m3,
        "stored_m3": stored_m3,
        "outflow_m3": out_m3,
        "infiltration_m3": infil_m3,
        "drainage_m3": drain_m3,
        "losses_m3": lost_m3,
        "mass_balance_error_pct": 100.0 * balance / supplied if supplied > 0 else 0.0,
        "max_depth_m": float(model.maxd.max()),
        "wet_area_m2": float(np.count_nonzero(model.maxd >= wet_depth_m)) * cell_area,
    }
    for d in area_thresholds_m:
        summary[f"area_ge_{d:g}m_m2"] = \
            float(np.count_nonzero(model.maxd >= d)) * cell_area
    summary.update({
        "steps": steps,
        "simulated_s": t,
        "mean_dt_s": t / steps if steps else 0.0,
        "min_dt_s": min_dt if steps else 0.0,
        "wall_s": time.perf_counter() - t_wall,
        "cells": n_active,
        "threads": stepper.threads,
        "kernel": stepper.kernel,
    })
    if n_obst and rain_obst_m3 > 0:
        log.append(f"Rain on obstacle cells ({rain_obst_m3:,.0f} m3 on {n_obst:,} cells) is not "
                   "simulated: it is assumed to leave through roof drainage.")
    if int(pending.sum()):
        log.append(f"{int(pending.sum()):,} cells were still deeper than {recession_depth_m:g} m "
                   "at the end; their recession time is NaN (recession_pending marks them).")
    if initial_depth is not None and np.any(np.asarray(initial_depth) > 0) and \
            np.any(np.broadcast_to(np.asarray(initial_depth), shape)[outside] > 0):
        log.append("Initial water on nodata or obstacle cells was ignored.")
    progress.progress(100)
    return FloodSimulationResult(max_depth, velocity, hazard, arrival, recession, pending,
                                 final, summary, log)
