"""Public space: SDG 11.7.1 and suggestsites on a synthetic city vs the straightforward approaches.

The city: a square street grid (100 m blocks, see benchutil.grid_lines), population points and
rectangular open spaces (20-150 m sides) placed uniformly at random, streets 10 m wide, the
built-up area a square 1 km inside the grid's edge. The walking network is built before the
clock starts (a prepared network is built once and reused); everything else is timed: edge
index, snapping, entrances, searches, areas.

Peers:
- "search per open space": one bounded Dijkstra (limit = D) per open space from its entrances,
  keeping the minimum per node (what a loop over QGIS's service-area tool amounts to).
- "buffer 400 m": the usual GIS shortcut, everyone within 400 m straight-line of an open space
  boundary counts as within; the note says how many people it gets wrong.
- "shapely union": dissolve whole layers at once (unary_union of all streets, all parks), then
  clip to the built-up area.
- "tiled GEOS overlay (before)": the area accounting UrbanPlan used until the exact boundary
  method (core/geometry/overlay.py) replaced it: per tile, clip and dissolve every layer with
  GEOS (kept in tests/tiled_overlay_oracle.py); in the full SDG row it replaces only the area
  step, so the two rows differ by the area accounting alone.

The full SDG rows report the time of the area step (part (a)) inside the run in their note.
- suggestsites: "search per candidate" builds each candidate's coverage set with one bounded
  Dijkstra on the whole network, then the same greedy.
"""
import numpy as np

from benchutil import grid_lines, timed

D = 400.0


def _city(n_edges, n_pop, n_open, seed=0):
    from urbanplan_plugin.core.network.build import LineSet, build_network
    lines = grid_lines(n_edges)
    net = build_network(LineSet.from_lines(lines), tolerance=0.5)
    side = float(lines[0][:, 0].max())
    rng = np.random.default_rng(seed)
    pop_xy = rng.uniform(0, side, (n_pop, 2))
    pop = rng.integers(1, 6, n_pop).astype(float)
    corner = rng.uniform(0, side - 150, (n_open, 2))
    size = rng.uniform(20, 150, (n_open, 2))
    return net, lines, side, pop_xy, pop, corner, size


def _boxes(corner, size):
    from shapely.geometry import box
    return [box(x, y, x + w, y + h) for (x, y), (w, h) in zip(corner, size)]


def _tiled_overlay():
    """The tiled GEOS overlay UrbanPlan used before (tests/tiled_overlay_oracle.py)."""
    import os
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                    "tests"))
    from tiled_overlay_oracle import overlay_areas
    return overlay_areas


def _timed_areas(module, before):
    """Replace ``module.overlay_areas`` by a wrapper that times it (and, with ``before``, runs
    the tiled GEOS overlay instead); returns the dict the times go to."""
    import time
    inner = _tiled_overlay() if before else module.overlay_areas
    spent = {"seconds": 0.0, "cpu_s": 0.0}

    def overlay_areas(*args, **kwargs):
        t, c = time.perf_counter(), time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent["seconds"] += time.perf_counter() - t
            spent["cpu_s"] += time.process_time() - c
    module.overlay_areas = overlay_areas
    return spent


def urbanplan_sdg(n_edges, n_pop, n_open, areas=True, before=False):
    from shapely.geometry import LineString, box

    from urbanplan_plugin.core.geometry.polygons import street_polygons
    from urbanplan_plugin.core.publicspace import sdg1171
    from urbanplan_plugin.core.publicspace.sdg1171 import sdg_1171
    area_time = _timed_areas(sdg1171, before)
    net, lines, side, pop_xy, pop, corner, size = _city(n_edges, n_pop, n_open)
    parks = _boxes(corner, size)
    streets = None
    builtup = [box(1000.0, 1000.0, side - 1000.0, side - 1000.0)] if areas else \
        [box(0, 0, side, side)]
    if areas:
        streets, _ = street_polygons([LineString(c) for c in lines], default_width=10.0)
    res = {}
    import time
    with timed(res):
        r = sdg_1171(net, pop_xy, pop, parks, builtup, streets, distance_m=D)
    t = time.perf_counter()
    res["note"] = (f"{net.edge_count:,} edges, {n_pop:,} people, {n_open:,} open spaces; "
                   f"within {r.pop_within_pct:.2f}%")
    if areas:
        res["note"] += (f", open {r.open_space_share_pct:.4f}%, streets "
                        f"{r.street_share_pct:.4f}%, public {r.public_space_share_pct:.4f}%; "
                        f"areas step {area_time['seconds']:.2f} s "
                        f"(CPU {area_time['cpu_s']:.2f} s)")
    del t
    res["areas_s"], res["areas_cpu_s"] = area_time["seconds"], area_time["cpu_s"]
    return res


def urbanplan_access(n_edges, n_pop, n_open):
    """SDG 11.7.1 (b) only: entrances, snapping, one multi-source search."""
    from urbanplan_plugin.core.publicspace.sdg1171 import open_space_access
    net, lines, side, pop_xy, pop, corner, size = _city(n_edges, n_pop, n_open)
    parks = _boxes(corner, size)
    res = {}
    with timed(res):
        acc, exy, eown = open_space_access(net, pop_xy, parks, D)
        d = acc.dist[:, 0]
        within = np.isfinite(d) & (d <= D)
    res["note"] = (f"{len(exy):,} entrances; within {100 * pop[within].sum() / pop.sum():.2f}%")
    np.save(_cache_path(n_edges, n_pop, n_open), within)
    return res


def _min_graph(rows, cols, w, size):
    """CSR graph keeping the shortest of parallel links (scipy would add duplicates up)."""
    from scipy.sparse import csr_matrix
    order = np.lexsort((w, cols, rows))
    rows, cols, w = rows[order], cols[order], w[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    return csr_matrix((np.maximum(w[first], 1e-9), (rows[first], cols[first])),
                      shape=(size, size))


def _cache_path(n_edges, n_pop, n_open):
    import os
    import tempfile
    return os.path.join(tempfile.gettempdir(), f"urbanplan_bench_ps_{n_edges}_{n_pop}_{n_open}.npy")


def _reference_within(n_edges, n_pop, n_open):
    import os
    path = _cache_path(n_edges, n_pop, n_open)
    return np.load(path) if os.path.exists(path) else None


def search_per_open_space(n_edges, n_pop, n_open):
    """One bounded Dijkstra per open space (virtual source per park), minimum kept per node."""
    from scipy.sparse.csgraph import dijkstra

    from urbanplan_plugin.core.network.build import sparse_graph
    from urbanplan_plugin.core.network.entrances import boundary_entrances
    from urbanplan_plugin.core.network.search import distances_to_points
    from urbanplan_plugin.core.network.snap import EdgeIndex
    net, lines, side, pop_xy, pop, corner, size = _city(n_edges, n_pop, n_open)
    parks = _boxes(corner, size)
    res = {}
    with timed(res):
        index = EdgeIndex(net)
        exy, eown, _, _ = boundary_entrances(parks, index, 25.0, 200.0)
        es = index.snap(exy)
        ps = index.snap(pop_xy, max_distance=200.0)
        n = net.node_count
        g = sparse_graph(net.edge_from, net.edge_to, net.edge_length, n).tocoo()
        e = es.edge
        frac = es.offset / net.edge_length[e]
        rows = np.concatenate([g.row, n + eown, n + eown])
        cols = np.concatenate([g.col, net.edge_from[e], net.edge_to[e]])
        w = np.concatenate([g.data, frac * net.edge_length[e], (1 - frac) * net.edge_length[e]])
        big = _min_graph(rows, cols, w, n + n_open)
        best = np.full(n, np.inf)
        for p in range(n_open):
            d = dijkstra(big, directed=True, indices=n + p, limit=D)
            np.minimum(best, d[:n], out=best)
        dist = distances_to_points(net, best, ps, es)
        within = np.isfinite(dist) & (dist <= D)
    res["note"] = f"within {100 * pop[within].sum() / pop.sum():.2f}%"
    ref = _reference_within(n_edges, n_pop, n_open)
    if ref is not None:
        res["note"] += f"; differs from UrbanPlan for {int((ref != within).sum())} people"
    return res


def buffer_approximation(n_edges, n_pop, n_open):
    """Within = straight-line distance to an open space boundary <= 400 m (a 400 m buffer)."""
    from scipy.spatial import cKDTree

    from urbanplan_plugin.core.geometry.polygons import ring_arrays
    net, lines, side, pop_xy, pop, corner, size = _city(n_edges, n_pop, n_open)
    parks = _boxes(corner, size)
    res = {}
    with timed(res):
        coords, offsets, owner = ring_arrays(parks)
        # boundary points every 5 m (the buffer's error from sampling is below 0.1 m here)
        seg_a, seg_b = coords[:-1], coords[1:]
        ok = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))[:-1] == \
            np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))[1:]
        seg_a, seg_b = seg_a[ok], seg_b[ok]
        length = np.hypot(*(seg_b - seg_a).T)
        k = np.maximum(np.ceil(length / 5.0).astype(int), 1)
        t = (np.arange(k.sum()) - np.repeat(np.cumsum(k) - k, k)) / np.repeat(k, k)
        pts = np.repeat(seg_a, k, axis=0) + (np.repeat(seg_b - seg_a, k, axis=0) * t[:, None])
        tree = cKDTree(pts)
        d, _ = tree.query(pop_xy, distance_upper_bound=D + 5.0)
        within = d <= D
    share = 100 * pop[within].sum() / pop.sum()
    res["note"] = f"within {share:.2f}%"
    ref = _reference_within(n_edges, n_pop, n_open)
    if ref is not None:
        wrong = ref != within
        res["note"] += (f"; wrong for {100 * pop[wrong].sum() / pop.sum():.1f}% of people "
                        f"(network: {100 * pop[ref].sum() / pop.sum():.2f}% within)")
    return res


def urbanplan_areas(n_edges, n_open, before=False):
    from shapely.geometry import LineString, box

    from urbanplan_plugin.core.geometry.polygons import overlay_areas, street_polygons
    if before:
        overlay_areas = _tiled_overlay()
    net, lines, side, pop_xy, pop, corner, size = _city(n_edges, 10, n_open)
    parks = _boxes(corner, size)
    builtup = [box(1000.0, 1000.0, side - 1000.0, side - 1000.0)]
    res = {}
    with timed(res):
        streets, _ = street_polygons([LineString(c) for c in lines], default_width=10.0)
        a = overlay_areas(builtup, {"open_space": parks, "street": streets},
                          track_outside=("open_space",), track_overlap=("open_space",))
    res["note"] = (f"public {100 * a.public_m2 / a.builtup_m2:.6f}%, open "
                   f"{100 * a.layer_m2['open_space'] / a.builtup_m2:.6f}%")
    return res


def shapely_union(n_edges, n_open):
    from shapely.geometry import LineString, box
    from shapely.ops import unary_union

    from urbanplan_plugin.core.geometry.polygons import street_polygons
    net, lines, side, pop_xy, pop, corner, size = _city(n_edges, 10, n_open)
    parks = _boxes(corner, size)
    b = box(1000.0, 1000.0, side - 1000.0, side - 1000.0)
    res = {}
    with timed(res):
        streets, _ = street_polygons([LineString(c) for c in lines], default_width=10.0)
        s = unary_union(streets).intersection(b)
        o = unary_union(parks).intersection(b)
        public = s.union(o).area
    res["note"] = f"public {100 * public / b.area:.4f}%"
    return res


def _siting_data(n_edges, n_pop, n_cand, seed=1):
    net, lines, side, pop_xy, pop, corner, size = _city(n_edges, n_pop, 10, seed)
    rng = np.random.default_rng(seed + 1)
    cand = rng.uniform(0, side, (n_cand, 2))
    return net, pop_xy, pop, cand


def urbanplan_sites(n_edges, n_pop, n_cand, k):
    from urbanplan_plugin.core.publicspace.suggestsites import suggest_sites
    net, pop_xy, pop, cand = _siting_data(n_edges, n_pop, n_cand)
    res = {}
    with timed(res):
        r = suggest_sites(net, pop_xy, pop, k, distance_m=500.0, candidates_xy=cand)
    res["note"] = (f"{n_cand:,} candidates, K={k}: {len(r.ranked.site)} sites, "
                   f"{r.cumulative_share_pct[-1]:.2f}% covered; first gain "
                   f"{r.ranked.gain[0]:,.0f}")
    return res


def search_per_candidate(n_edges, n_pop, n_cand, k):
    """Coverage sets from one bounded Dijkstra per candidate on the whole network."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    from urbanplan_plugin.core.network.build import sparse_graph
    from urbanplan_plugin.core.network.snap import EdgeIndex
    from urbanplan_plugin.core.publicspace.suggestsites import greedy_max_cover
    net, pop_xy, pop, cand = _siting_data(n_edges, n_pop, n_cand)
    res = {}
    with timed(res):
        index = EdgeIndex(net)
        cs = index.snap(cand, max_distance=200.0)
        ds = index.snap(pop_xy, max_distance=200.0)
        n = net.node_count
        g = sparse_graph(net.edge_from, net.edge_to, net.edge_length, n).tocoo()
        ok = cs.ok
        e = cs.edge[ok]
        src = np.flatnonzero(ok)
        frac = cs.offset[ok] / net.edge_length[e]
        rows = np.concatenate([g.row, n + src, n + src])
        cols = np.concatenate([g.col, net.edge_from[e], net.edge_to[e]])
        w = np.concatenate([g.data, frac * net.edge_length[e], (1 - frac) * net.edge_length[e]])
        big = _min_graph(rows, cols, w, n + n_cand)
        dd = np.flatnonzero(ds.ok)
        de = ds.edge[dd]
        df, dt = net.edge_from[de], net.edge_to[de]
        doff = ds.offset[dd]
        dlen = net.edge_length[de]
        r_out, c_out = [], []
        for c in src:
            dist = dijkstra(big, directed=True, indices=n + c, limit=500.0)
            best = np.minimum(dist[df] + doff, dist[dt] + dlen - doff)
            hit = dd[best <= 500.0]
            r_out.append(np.full(len(hit), c))
            c_out.append(hit)
        cover = csr_matrix((np.ones(sum(len(h) for h in c_out), dtype=bool),
                            (np.concatenate(r_out), np.concatenate(c_out))),
                           shape=(n_cand, len(pop_xy)))
        r = greedy_max_cover(cover, pop, k)
    res["note"] = (f"{len(r.site)} sites, {100 * r.cumulative[-1] / pop.sum():.2f}% covered "
                   "(same-edge shortcut not counted)")
    return res


def cases(quick=False):
    if quick:
        sdg = dict(n_edges=10_000, n_pop=10_000, n_open=100)
        area = dict(n_edges=10_000, n_open=100)
        site = dict(n_edges=10_000, n_pop=10_000, n_cand=200, k=5)
    else:
        sdg = dict(n_edges=1_000_000, n_pop=1_000_000, n_open=10_000)
        area = dict(n_edges=1_000_000, n_open=10_000)
        site = dict(n_edges=1_000_000, n_pop=1_000_000, n_cand=10_000, k=20)
    tag = f"{sdg['n_pop']:,} people, {sdg['n_open']:,} parks"
    return [
        (f"SDG 11.7.1 full (a)+(b), {tag}", {
            "urbanplan": ("urbanplan_sdg", sdg),
            "urbanplan, tiled GEOS areas (before)": ("urbanplan_sdg", dict(sdg, before=True)),
        }),
        (f"SDG 11.7.1 access (b), {tag}", {
            "urbanplan": ("urbanplan_access", sdg),
            "search per open space": ("search_per_open_space", sdg),
            "buffer 400 m (approx.)": ("buffer_approximation", sdg),
        }),
        (f"SDG 11.7.1 areas (a), {area['n_open']:,} parks + streets", {
            "urbanplan (exact, boundary)": ("urbanplan_areas", area),
            "tiled GEOS overlay (before)": ("urbanplan_areas", dict(area, before=True)),
            "shapely union": ("shapely_union", area),
        }),
        (f"suggestsites {site['n_cand']:,} candidates, K={site['k']}", {
            "urbanplan": ("urbanplan_sites", site),
            "search per candidate": ("search_per_candidate", site),
        }),
    ]
