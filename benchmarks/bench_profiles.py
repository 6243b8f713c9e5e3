"""Travel profiles: the directed, sloped search against today's undirected flat one (ratio).

Same origins, destinations and categories as bench_walkability (100 000 origins x 7 categories
on street grids and on São Paulo; 20 000 origins with --quick), on a synthetic rolling terrain
(heights 30 sin(x / 400 m) + 20 cos(y / 530 m): slopes up to about 10 %, so a wheelchair finds
some streets too steep; no DEM of these areas ships with the plugin). Every tool runs
core.walk.fifteenminutecity.walk_access, one search per category:

- walk, flat (today): PROFILE=walk without a DEM: the undirected search on edge lengths.
- walk + DEM: Tobler's slope rule; the search is directed (reversed graph), partial edges
  charged piece by piece. The note splits the terrain sampling (edge_slopes, once per network
  and DEM, shared by every profile) from the times and the searches.
- wheelchair + DEM: the same plus the 1:12 limit (impassable pieces) and snapping to usable
  ways only.

Timed: from a built network to the per-origin results (terrain sampling included); network
build and data generation untimed. The time ratio vs the first tool is the cost of direction
and slope.
"""
import time

import numpy as np
from bench_walkability import SPEED_KMH, THRESHOLD_MIN, make_case, timed_cpu


def terrain(net, cell=5.0):
    """A synthetic DEM (core Raster) covering the network with a 5 m grid."""
    from urbanplan_plugin.core.geometry.rastergrid import Grid, Raster
    lo = net.node_xy.min(axis=0) - 50.0
    hi = net.node_xy.max(axis=0) + 50.0
    cols = int(np.ceil((hi[0] - lo[0]) / cell))
    rows = int(np.ceil((hi[1] - lo[1]) / cell))
    grid = Grid(lo[0], hi[1], cell, cell, rows, cols)
    xc, yc = grid.centres()
    z = (30.0 * np.sin(xc / 400.0)[None, :] + 20.0 * np.cos(yc / 530.0)[:, None]).astype(
        np.float32)
    return Raster(z, np.zeros(z.shape, dtype=bool), grid)


def run(kind, n_edges=0, n_origins=100_000, profile="walk", dem=True):
    from urbanplan_plugin.core.network.slope import edge_slopes
    from urbanplan_plugin.core.walk.fifteenminutecity import walk_access
    from urbanplan_plugin.core.walk.profiles import Travel, get_profile
    net, origins, _, _, dxy, labels, build_s = make_case(kind, n_edges, n_origins)
    raster = terrain(net) if dem else None
    res = {}
    with timed_cpu(res):
        t0 = time.perf_counter()
        slopes = edge_slopes(net, raster) if dem else None
        t1 = time.perf_counter()
        prof = get_profile(profile)
        travel = Travel(prof.with_speed(SPEED_KMH) if profile == "walk" else prof, slopes)
        index = travel.index(net)
        graph = travel.graph(net)
        t2 = time.perf_counter()
        r = walk_access(net, origins, dxy, labels, threshold_min=THRESHOLD_MIN, max_snap_m=50.0,
                        index=index, graph=graph, travel=travel)
        t3 = time.perf_counter()
    pieces = f"{len(slopes.slope):,} pieces; " if dem else ""
    res["note"] = (f"cpu {res['cpu_s']:.2f} s; {net.edge_count:,} edges, {pieces}"
                   f"within pairs {int(r.within.sum()):,}, reached pairs "
                   f"{int(np.isfinite(r.dist).sum()):,}; terrain {t1 - t0:.2f} s, "
                   f"costs+index+graph {t2 - t1:.2f} s, snap+search {t3 - t2:.2f} s; "
                   f"network build {build_s:.1f} s (not timed)")
    return res


def cases(quick=False):
    grids = [10_000] if quick else [10_000, 100_000]
    n_orig = 20_000 if quick else 100_000
    out = []
    for kind, n in [("grid", g) for g in grids] + [("sao_paulo", 0)]:
        kw = {"kind": kind, "n_edges": n, "n_origins": n_orig}
        name = (f"grid {n:,} edges x {n_orig // 1000}k x 7" if kind == "grid"
                else f"São Paulo x {n_orig // 1000}k x 7")
        out.append((name, {
            "walk, flat (today)": ("run", dict(kw, profile="walk", dem=False)),
            "walk + DEM (directed)": ("run", dict(kw, profile="walk", dem=True)),
            "wheelchair + DEM": ("run", dict(kw, profile="wheelchair", dem=True)),
        }))
    return out
