"""Compiled kernels of the flood simulation's time step (optional: numba).

Why: the numpy engine (``floodsimulation._Model``) runs each time step as about sixty whole-array
operations, each reading and writing the grid once more; most of its time goes to moving
memory, not to arithmetic, and dry faces cost as much as wet ones. Compiled, a step is four
passes over the grid (fluxes, limiter, scaling only when some cell would go negative, update),
and a face with no water skips its arithmetic. numba (Debian: ``python3-numba``) compiles them
at the first run (a few seconds; cached beside the module when the folder is writable).

The kernels compute exactly what the numpy sweeps compute (the same formulas, in double
precision), so results agree to round-off; ``tests/core/test_flood_simulation_engine.py``
runs the analytic and mass-balance cases on both paths. Without numba (QGIS builds whose Python
has none) the numpy engine runs: :func:`kernels` returns None.

``URBANPLAN_FLOOD_KERNEL=numpy`` (environment) forces the numpy engine.
"""
import contextlib
import os
import threading

from ..common.compiled import OptionalKernels

ENV = "URBANPLAN_FLOOD_KERNEL"
_LOCK = threading.Lock()


def _build_and_probe():
    kern = _build()
    _STATE["serial"] = _threading_layer(kern) == "workqueue"
    return kern


_KERNELS = OptionalKernels(ENV, _build_and_probe)
_STATE = _KERNELS.state
_STATE["serial"] = False


def wanted():
    """False when the environment asks for the numpy engine."""
    return _KERNELS.wanted()


def kernels():
    """The compiled kernels (a namespace of functions), or None when numba is missing or does
    not compile them here (the reason is in :func:`unavailable_reason`)."""
    return _KERNELS.get()


def exclusive():
    """A context in which one thread at a time runs the parallel kernels, when numba's
    threading layer cannot serve two callers at once ('workqueue', used when neither OpenMP nor
    TBB is there: concurrent launches abort the process). The compare dock runs the baseline
    and the scenarios in parallel tasks; with OpenMP or TBB they run side by side."""
    return _LOCK if _STATE["serial"] else contextlib.nullcontext()


def unavailable_reason():
    return _KERNELS.reason()


def _threading_layer(kern):
    """The threading layer numba chose (known after a first parallel launch)."""
    import numpy as np
    flags = np.zeros(1, dtype=np.int64)
    kern.limit(np.ones((1, 1)), np.ones((1, 1)), np.zeros((1, 2)), np.zeros((2, 1)), 1.0, 1.0,
               flags)
    return kern.numba.threading_layer()


def _build():
    import math
    from types import SimpleNamespace

    # OpenMP's worker threads wait passively between the kernels (the default spins, burning
    # the CPU that other jobs on a shared machine, or the other run of a comparison, need);
    # a user's own setting is kept
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import numba
    import numpy as np
    from numba import njit, prange

    G = 9.81  # noqa: N806 - the same constant as floodsimulation.G

    opts = {"parallel": True, "cache": True, "nogil": True, "fastmath": False}
    third = np.float32(1.0 / 3.0)

    @njit(inline="always")
    def h73(hf):
        """hf^(7/3): a single-precision cube root (three times faster than the double
        ``pow``) refined by one Newton step to double precision (relative error ~1e-14)."""
        y = float(math.pow(np.float32(hf), third))
        y = (2.0 * y + hf / (y * y)) * (1.0 / 3.0)
        return y * hf * hf

    @njit(**opts)
    def fluxes(qx_new, qy_new, qx, qy, eta, zfx, zfy, n2x, n2y, dt, dx, hmin, theta):
        """Momentum update of the interior faces (floodsimulation._Model._faces)."""
        R, C = eta.shape  # noqa: N806
        k_slope = -2.0 * G * dt / dx
        k_fric = 2.0 * G * dt
        mix = 1.0 - theta
        for i in prange(R):
            for j in range(1, C):                     # x face between cells j-1 and j
                lo = eta[i, j - 1]
                hi = eta[i, j]
                hf = (lo if lo > hi else hi) - zfx[i, j - 1]
                if not hf > hmin:
                    qx_new[i, j] = 0.0
                    continue
                num = (hi - lo) * hf * k_slope + qx[i, j] * (2.0 * theta)
                if mix > 0.0:
                    num += (qx[i, j - 1] + qx[i, j + 1]) * mix
                den = h73(hf)
                root = abs(num) * n2x[i, j - 1] * k_fric / den
                qx_new[i, j] = num / (math.sqrt(root + 1.0) + 1.0)
            if i == 0:
                continue
            for j in range(C):                        # y face between rows i-1 and i
                lo = eta[i - 1, j]
                hi = eta[i, j]
                hf = (lo if lo > hi else hi) - zfy[i - 1, j]
                if not hf > hmin:
                    qy_new[i, j] = 0.0
                    continue
                num = (hi - lo) * hf * k_slope + qy[i, j] * (2.0 * theta)
                if mix > 0.0:
                    num += (qy[i - 1, j] + qy[i + 1, j]) * mix
                den = h73(hf)
                root = abs(num) * n2y[i - 1, j] * k_fric / den
                qy_new[i, j] = num / (math.sqrt(root + 1.0) + 1.0)

    @njit(**opts)
    def limit(f, h, qx, qy, dt, dx, flags):
        """Per cell the factor f <= 1 that keeps its depth >= 0; flags[i] = 1 when a cell of
        row i needed one (floodsimulation._Model.sweep_limit)."""
        R, C = h.shape  # noqa: N806
        k = dt / dx
        for i in prange(R):
            flag = 0
            for j in range(C):
                out = max(qx[i, j + 1], 0.0) - min(qx[i, j], 0.0) \
                    + max(qy[i + 1, j], 0.0) - min(qy[i, j], 0.0)
                out *= k
                if out > h[i, j]:
                    f[i, j] = h[i, j] / out
                    flag = 1
                else:
                    f[i, j] = 1.0
            flags[i] = flag

    @njit(**opts)
    def scale(qx, qy, f):
        """Each face's discharge times its donor cell's factor (floodsimulation._Model.
        sweep_scale)."""
        R, C = f.shape  # noqa: N806
        for i in prange(R):
            for j in range(1, C):
                q = qx[i, j]
                qx[i, j] = q * (f[i, j - 1] if q > 0.0 else f[i, j])
            qx[i, 0] *= f[i, 0]
            qx[i, C] *= f[i, C - 1]
            if i > 0:
                for j in range(C):
                    q = qy[i, j]
                    qy[i, j] = q * (f[i - 1, j] if q > 0.0 else f[i, j])
        for j in range(C):
            qy[0, j] *= f[0, j]
            qy[R, j] *= f[R - 1, j]

    @njit(**opts)
    def update(h, eta, z, maxd, qx, qy, active, all_active, rain, loss, share, has_loss,
               dt, dx, row_max, row_lost, row_infil):
        """Continuity, rain, losses, running maximum (floodsimulation._Model.sweep_update);
        per row: the deepest water, the water lost and of it infiltrated (depth sums)."""
        R, C = h.shape  # noqa: N806
        k = dt / dx
        for i in prange(R):
            hm = 0.0
            lost = 0.0
            infil = 0.0
            for j in range(C):
                d = (qx[i, j] - qx[i, j + 1] + qy[i, j] - qy[i + 1, j]) * k
                v = h[i, j] + d
                if v < 0.0:
                    v = 0.0
                if rain > 0.0 and (all_active or active[i, j]):
                    v += rain
                if has_loss:
                    cap = loss[i, j] * dt
                    if v < cap:
                        cap = v
                    v -= cap
                    lost += cap
                    infil += cap * share[i, j]
                h[i, j] = v
                if v > maxd[i, j]:
                    maxd[i, j] = v
                eta[i, j] = z[i, j] + v
                if v > hm:
                    hm = v
            row_max[i] = hm
            row_lost[i] = lost
            row_infil[i] = infil

    @njit(**opts)
    def sample(h, qx, qy, t, wet, rec, vdepth, hazard, maxvel, arrival, peak, peak_t, rec_t):
        """The statistics sample (floodsimulation._Model._sample)."""
        R, C = h.shape  # noqa: N806
        for i in prange(R):
            for j in range(C):
                v = h[i, j]
                if v > vdepth:
                    u = qx[i, j] + qx[i, j + 1]
                    w = qy[i, j] + qy[i + 1, j]
                    dv = math.hypot(u, w) * 0.5
                    if dv > hazard[i, j]:
                        hazard[i, j] = dv
                    vel = dv / v
                    if vel > maxvel[i, j]:
                        maxvel[i, j] = vel
                if math.isnan(arrival[i, j]) and v >= wet:
                    arrival[i, j] = t
                if v > peak[i, j]:
                    peak[i, j] = v
                    peak_t[i, j] = t
                    rec_t[i, j] = math.nan
                if math.isnan(rec_t[i, j]) and peak[i, j] >= rec and v < rec:
                    rec_t[i, j] = t

    return SimpleNamespace(fluxes=fluxes, limit=limit, scale=scale, update=update,
                           sample=sample, numba=numba)
