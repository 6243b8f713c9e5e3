"""Rain-on-grid flood simulation (core/flood/floodsimulation.py): speed and memory.

Terrain (generated once per size and cached in bench_output/_cache; generation is not timed):
an urban-like DTM of n x n cells of 2 m, a 0.5 % slope eastwards with smooth undulations of
about +-1 m over 100 m (streets, yards and hollows that pond) and 2 cm of noise. Storm: a
Chicago storm of 1 h (i = 1200 / (t + 12)^0.78 mm/h, t in minutes: 43 mm), then dry weather
until the end; Manning n 0.03, drainage 10 mm/h, all edges open.

No peer tool runs here: the established local-inertial codes (LISFLOOD-FP and others) are
compiled programs that are not on this machine and are not Python packages. The two rows
compare the engine with its default threading (two threads from 250 000 cells) and with one
thread. The note gives the time steps, cells x simulated seconds per wall second, cell updates
per second, CPU seconds (on a shared machine the wall time grows with the load) and the mass
balance error.
"""
import time
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


def urbanplan(n, hours, threads=None):
    fs = _engine()
    dem = urban_dem(n)
    storm = fs.chicago_storm(1200.0, 12.0, 0.78, 60.0, r=0.4)
    res = {}
    c0 = time.process_time()
    with timed(res):
        out = fs.simulate_flood(dem, DX, storm, hours, manning_n=0.03, drainage_mm_h=10.0,
                                boundary="open", threads=threads)
    cpu = time.process_time() - c0
    s = out.summary
    cells = s["cells"]
    res["note"] = (f"{n}x{n} cells of {DX:g} m, {hours:g} h simulated, {s['threads']} thread(s), "
                   f"{s['steps']:,} steps (mean dt {s['mean_dt_s']:.2f} s), "
                   f"{cells * s['simulated_s'] / res['seconds']:.3g} cell-s/s, "
                   f"{cells * s['steps'] / res['seconds']:.3g} cell-updates/s, "
                   f"CPU {cpu:.0f} s, max depth {s['max_depth_m']:.2f} m, "
                   f"mass error {s['mass_balance_error_pct']:.1e} %")
    return res


def cases(quick=False):
    n, hours = (500, 1.0) if quick else (1000, 3.0)
    return [
        (f"rain on {n}x{n} grid, {hours:g} h", {
            "urbanplan": ("urbanplan", {"n": n, "hours": hours}),
            "urbanplan_1_thread": ("urbanplan", {"n": n, "hours": hours, "threads": 1}),
        }),
    ]
