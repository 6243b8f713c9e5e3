"""Rain-on-grid flood simulation (core/flood/floodsimulation.py): speed and memory.

Terrain (generated once per size and cached in bench_output/_cache; generation is not timed):
an urban-like DTM of n x n cells of 2 m, a 0.5 % slope eastwards with smooth undulations of
about +-1 m over 100 m (streets, yards and hollows that pond) and 2 cm of noise. Storm: a
Chicago storm of 1 h (i = 1200 / (t + 12)^0.78 mm/h, t in minutes: 43 mm), then dry weather
until the end; Manning n 0.03, drainage 10 mm/h, all edges open.

No peer tool runs here: the established local-inertial codes (LISFLOOD-FP and others) are
compiled programs that are not on this machine and are not Python packages. The rows compare
the engine's two paths: the compiled kernels (core/flood/floodkernel.py, numba; the default
when numba is installed) and the numpy engine (forced with kernel="numpy": what runs on a QGIS
whose Python has no numba). The numpy engine is timed on the first 15 simulated minutes of the
same storm (the whole 3 h would take most of an hour); the compiled path on those 15 minutes
too (the ratio) and on the whole 3 h. The note gives time steps, cells x simulated seconds per
wall second and per CPU second, nanoseconds per cell and step, CPU seconds, the machine's load
average before and after (two shared cores: wall time grows with the load, CPU time much
less) and the mass balance error.
"""
from pathlib import Path

import numpy as np

from benchutil import timed

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench_output" / "_cache"
DX = 2.0


def _engine():
    from urbanplan_plugin.core.flood import floodsimulation
    return floodsimulation


def urban_dem(n, seed=0):
    """n x n float64 terrain (m), cached as .npy."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"floodsim_dem_{n}_{seed}.npy"
    if path.exists():
        return np.load(path)
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    k = n // 50 + 4
    und = ndimage.zoom(ndimage.gaussian_filter(rng.normal(0.0, 1.0, (k, k)), 1.0), 50,
                       order=1)[:n, :n]
    dem = und * 1.0 + np.arange(n)[None, :] * (0.005 * DX) + rng.normal(0.0, 0.02, (n, n))
    np.save(path, dem)
    return dem


def urbanplan(n, hours, threads=None, kernel="auto"):
    import os
    fs = _engine()
    dem = urban_dem(n)
    storm = fs.chicago_storm(1200.0, 12.0, 0.78, 60.0, r=0.4)
    if kernel != "numpy":          # compile (or load the cached kernels) outside the timing
        fs.simulate_flood(dem[:8, :8], DX, storm, 0.01, kernel=kernel)
    load0 = os.getloadavg()[0]
    res = {}
    with timed(res):
        out = fs.simulate_flood(dem, DX, storm, hours, manning_n=0.03, drainage_mm_h=10.0,
                                boundary="open", threads=threads, kernel=kernel)
    load1 = os.getloadavg()[0]
    s = out.summary
    cells = s["cells"]
    cpu = res["cpu_s"]
    res["cell_sim_s_per_s"] = cells * s["simulated_s"] / res["seconds"]
    res["note"] = (f"{n}x{n} cells of {DX:g} m, {hours:g} h simulated, {s['kernel']} kernel, "
                   f"{s['threads']} thread(s), {s['steps']:,} steps (mean dt "
                   f"{s['mean_dt_s']:.2f} s), "
                   f"{res['cell_sim_s_per_s']:.3g} cell-s/s (wall), "
                   f"{cells * s['simulated_s'] / max(cpu, 1e-9):.3g} cell-s/CPU-s, "
                   f"{res['seconds'] / (cells * s['steps']) * 1e9:.1f} ns/cell-step (wall), "
                   f"CPU {cpu:.0f} s, load {load0:.1f} -> {load1:.1f}, max depth "
                   f"{s['max_depth_m']:.2f} m, mass error {s['mass_balance_error_pct']:.1e} %")
    return res


def cases(quick=False):
    n, hours, window = (500, 1.0, 0.1) if quick else (1000, 3.0, 0.25)
    return [
        (f"rain on {n}x{n} grid, first {window * 60:g} min", {
            "urbanplan": ("urbanplan", {"n": n, "hours": window}),
            "urbanplan_numpy": ("urbanplan", {"n": n, "hours": window, "kernel": "numpy"}),
        }),
        (f"rain on {n}x{n} grid, {hours:g} h", {
            "urbanplan": ("urbanplan", {"n": n, "hours": hours}),
        }),
    ]
