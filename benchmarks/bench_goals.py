"""Goals of issue 19: the 15-minute-city engine vs the scipy multi-source limit, igraph, pandana,
networkx's search alone and QGIS's own per-origin answer, on grids of 10k-1M edges x 1k-100k
origins x 7 categories.

Every tool answers the same question as bench_walkability: for each origin and category, is the
nearest destination within 1 200 m? Each case's data (network, origins on random segments,
destinations on junctions) is made once by the parent process and cached in
bench_output/cache/ (not timed); every tool loads it in its own process, with its modules
imported before the timing. Each note gives the tool's count of (origin, category) pairs within
reach, which must agree across the rows.

- urbanplan: core.walk.fifteenminutecity.walk_access from the network: edge index, snapping
  every origin and destination to its nearest edge (exact), one bounded multi-source search per
  category, partial edges, score; plus summarize_access. The note splits index+graph / snap+
  search / summary and gives the edge index's size.
- scipy limit: what the same answer costs with nothing but scipy and *given* snapping: the
  graph as a CSR matrix (built inside the timing), one
  ``scipy.sparse.csgraph.dijkstra(indices=destinations, min_only=True, limit=2 400 m)`` per
  category, then each origin's distance from both ends of its (given) edge. It skips snapping,
  a cost the engine has and that does not shrink with the network: at 10k edges x 100k origins
  it is most of the engine's time.
- scipy limit + KD snap: the limit plus the cheapest snapping scipy offers, inside the timing: a
  KD-tree over the edges' midpoints, each origin and destination on the edge of its nearest
  midpoint (approximate: not always the nearest edge; the engine's snapping is exact), one
  search per category from a virtual source tied to both ends of the destinations' edges. The
  fair comparison at small sizes; both limit rows are reported, neither replaces the other.
- igraph (Debian's python3-igraph): the graph built inside the timing; per category one
  Dijkstra from a virtual source joined to the category's destinations with zero-length edges
  (igraph has no multi-source search); origins' edges given as for scipy.
- pandana 0.8 (its own venv, .bench-pandana, made by ``make bench`` with pip: its compiled
  wheels and numpy 2 must not enter the venv QGIS uses): Network from the same nodes/edges,
  set_pois per category, nearest_pois(2 400 m); origins' nodes are the ends of their given
  edges. Why it used to hang: its contraction hierarchies never finish on a lattice whose
  edges are all exactly 100 m (stuck at 70 % for > 12 min, with 1 or 2 OpenMP threads alike;
  with lengths made unequal by 1e-6 too, which its integer weights round away); lengths made
  unequal by at most 1e-4 (1 cm per 100 m, fixed seed) let them finish: 4 s CPU at 10k edges,
  112 s at 100k. So pandana runs at 10k edges, once at 100k with a 90 s timeout (reported as
  a clean timeout with that reason), and at 1M only with ``--full``.
- networkx (search alone): multi_source_dijkstra_path_length per category, origins' edges given.
- QGIS native (per origin), on a small case of its own (2.5k edges x 1k origins x 1 category):
  native:shortestpathlayertopoint once per destination (every origin to that destination,
  origins tied to their nearest line as QGIS's graph builder does), each origin's smallest
  cost; QGIS started and the layers made before the timing. The same count as UrbanPlan's.

The default run is a diagonal of the grid (10k x 1k, 10k x 100k, 100k x 10k, 1M x 100k) plus the
QGIS case, about 8 minutes on this machine; ``URBANPLAN_BENCH_FULL=1`` (``run.py --full``) runs
every size pair (and pandana at every size, timeout 30 min: hours). Each case repeats its tools
interleaved (REPEATS), reporting the minimum and the spread; ``goal_lines`` closes
results.md with UrbanPlan's CPU time as a multiple of each peer's.
"""
import os
from pathlib import Path

import numpy as np

from benchutil import grid_lines, timed

REPEATS = 3
CHILD_ENV = {"OPENBLAS_NUM_THREADS": "1"}
"""Every tool on one BLAS thread. Measured: with OpenBLAS's default pool, idle worker threads
spin after numpy work done before the timing and their CPU time lands in whichever row runs
next (the scipy limit at 10k edges x 100k origins: 21 ms CPU on one thread, 24-47 ms with
the pool, for the same 21-26 ms of wall time). No tool here does dense linear algebra, so
none loses real work; pandana's OpenMP threads are not touched."""
DENSITY_PER_KM2 = (0.5, 1.0, 2.0, 4.0, 8.0, 1.0, 3.0)   # 7 categories, as bench_walkability
THRESHOLD_M = 1200.0
SPEED_KMH = 4.8
SEED = 20
ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench_output" / "cache"
PANDANA_PY = ROOT / ".bench-pandana" / "bin" / "python"


def _paths(n_edges, n_origins):
    stem = CACHE / f"goals_{n_edges}_{n_origins}"
    return Path(f"{stem}_net.npz"), Path(f"{stem}_case.npz")


def prepare(n_edges, n_origins):
    """Make (once) and cache the network and the case arrays; return their paths."""
    net_path, case_path = _paths(n_edges, n_origins)
    if net_path.exists() and case_path.exists():
        return net_path, case_path
    import sys
    sys.path.insert(0, str(ROOT))
    from urbanplan_plugin.core.network.build import LineSet, build_network
    from urbanplan_plugin.core.network.store import save_npz
    CACHE.mkdir(parents=True, exist_ok=True)
    net = build_network(LineSet.from_lines(grid_lines(n_edges)), tolerance=0.5)
    rng = np.random.default_rng(SEED)
    # segments of every edge (straight pieces), as the edge index sees them
    nseg = net.edge_vend - net.edge_vstart
    seg_edge = np.repeat(np.arange(net.edge_count), nseg)
    first = np.concatenate([np.arange(s, e) for s, e in zip(net.edge_vstart, net.edge_vend)])
    a, b = net.coords[first], net.coords[first + 1]
    seg_len = np.hypot(*(b - a).T)
    before = np.concatenate([[0.0], np.cumsum(seg_len)[:-1]])
    start0 = np.repeat(before[np.cumsum(nseg) - nseg], nseg)
    seg_start = before - start0
    p = seg_len / seg_len.sum()
    seg = rng.choice(len(p), size=n_origins, p=p)
    t = rng.uniform(0.02, 0.98, n_origins)
    origins = a[seg] + (b[seg] - a[seg]) * t[:, None]
    o_edge = seg_edge[seg]
    o_off = seg_start[seg] + t * seg_len[seg]
    lo, hi = net.node_xy.min(axis=0), net.node_xy.max(axis=0)
    area_km2 = float(np.prod(hi - lo)) / 1e6
    d_node, labels = [], []
    for c, dens in enumerate(DENSITY_PER_KM2):
        k = max(int(round(area_km2 * dens)), 3)
        d_node.append(rng.integers(0, net.node_count, k))
        labels += [c] * k
    d_node = np.concatenate(d_node)
    save_npz(net, net_path)
    np.savez(case_path, origins=origins, o_edge=o_edge, o_off=o_off, d_node=d_node,
             labels=np.array(labels), node_xy=net.node_xy, edge_from=net.edge_from,
             edge_to=net.edge_to, edge_length=net.edge_length)
    return net_path, case_path


def _case(n_edges, n_origins):
    with np.load(_paths(n_edges, n_origins)[1]) as d:
        return {k: d[k] for k in d.files}


def _simple_edges(c):
    """Undirected edges without loops, parallel edges reduced to the shortest."""
    u = np.minimum(c["edge_from"], c["edge_to"])
    v = np.maximum(c["edge_from"], c["edge_to"])
    order = np.lexsort((c["edge_length"], v, u))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (u[order][1:] != u[order][:-1]) | (v[order][1:] != v[order][:-1])
    keep = order[first & (u[order] != v[order])]
    return u[keep], v[keep], c["edge_length"][keep]


def _within(c, nd):
    """Origins (given edge and offset) within the threshold of node distances ``nd``."""
    a, b = c["edge_from"][c["o_edge"]], c["edge_to"][c["o_edge"]]
    off = c["o_off"]
    d = np.minimum(nd[a] + off, nd[b] + (c["edge_length"][c["o_edge"]] - off))
    return int((d <= THRESHOLD_M + 1e-9).sum())


def _note(res, text):
    res["note"] = f"cpu {res['cpu_s']:.2f} s; {text}"
    return res


def urbanplan(n_edges, n_origins, categories=None, kernel="auto"):
    import os
    import sys
    import time
    sys.path.insert(0, str(ROOT))
    # every module imported before the timing, as the peers' rows do (scipy.sparse.csgraph,
    # scipy.spatial: ~0.2 s of imports that would otherwise count at the smallest sizes); the
    # compiled kernels (numba) are loaded too, as a QGIS session or the batch has them after a
    # first large run; kernel="numpy" measures the engine without them
    import scipy.sparse.csgraph  # noqa: F401
    import scipy.spatial  # noqa: F401

    from urbanplan_plugin.core.network import fragments, netkernel  # noqa: F401
    os.environ[netkernel.ENV] = kernel if kernel == "numpy" else ""
    compiled = netkernel.kernels() is not None
    from urbanplan_plugin.core.network.search import SearchGraph
    from urbanplan_plugin.core.network.snap import EdgeIndex
    from urbanplan_plugin.core.network.store import load_npz
    from urbanplan_plugin.core.walk.fifteenminutecity import summarize_access, walk_access
    net, _ = load_npz(_paths(n_edges, n_origins)[0])
    c = _case(n_edges, n_origins)
    keep = _categories(c, categories)
    dxy = net.node_xy[c["d_node"][keep]]
    labels = np.array([f"cat{i + 1}" for i in c["labels"][keep]], dtype=object)
    pop = np.ones(len(c["origins"]))
    res = {}
    with timed(res):
        t0 = time.perf_counter()
        index = EdgeIndex(net)
        graph = SearchGraph(net)
        t1 = time.perf_counter()
        r = walk_access(net, c["origins"], dxy, labels, threshold_min=15.0, speed_kmh=SPEED_KMH,
                        max_snap_m=50.0, index=index, graph=graph)
        t2 = time.perf_counter()
        summarize_access(r, pop)
    t3 = time.perf_counter()
    return _note(res, f"within pairs {int(r.within.sum()):,}; index+graph {t1 - t0:.2f} s, "
                      f"snap+search {t2 - t1:.2f} s, summary {t3 - t2:.2f} s; "
                      f"edge index {index.nbytes / 1e6:.1f} MB = "
                      f"{index.nbytes / _kdtree_bytes(net.node_xy):.2f}x a node KD-tree; "
                      f"{'compiled kernels (numba)' if compiled else 'numpy'}")


def _kdtree_bytes(xy):
    """Memory of scipy's KD-tree over the nodes (the index the issue compares the edge index
    with): its copy of the points, its index array and its tree nodes (72 bytes each in
    scipy's ckdtreenode: split dimension, split value, children, start and end, two
    pointers and two positions)."""
    from scipy.spatial import cKDTree
    tree = cKDTree(xy)
    return tree.data.nbytes + tree.indices.nbytes + 72 * tree.size


def _categories(c, categories):
    """Destinations of the first ``categories`` categories (None: all)."""
    if categories is None:
        return np.ones(len(c["labels"]), dtype=bool)
    return c["labels"] < int(categories)


def scipy_limit(n_edges, n_origins):
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra
    c = _case(n_edges, n_origins)
    n = len(c["node_xy"])
    res = {}
    with timed(res):
        u, v, w = _simple_edges(c)
        g = csr_matrix((np.r_[w, w], (np.r_[u, v], np.r_[v, u])), shape=(n, n))
        within = 0
        for cat in np.unique(c["labels"]):
            src = np.unique(c["d_node"][c["labels"] == cat])
            nd = dijkstra(g, directed=True, indices=src, min_only=True, limit=2 * THRESHOLD_M)
            within += _within(c, nd)
    return _note(res, f"within pairs {within:,} (origin edges given)")


def scipy_limit_snap(n_edges, n_origins):
    """The scipy limit plus the cheapest snapping scipy offers: a KD-tree over the edges'
    midpoints (built inside the timing), every origin and destination on the edge of its
    nearest midpoint (approximate: not always the nearest edge), its offset by projection."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra
    from scipy.spatial import cKDTree
    c = _case(n_edges, n_origins)
    n = len(c["node_xy"])
    res = {}
    with timed(res):
        u, v, w = _simple_edges(c)
        g = csr_matrix((np.r_[w, w], (np.r_[u, v], np.r_[v, u])), shape=(n, n))
        a, b = c["node_xy"][c["edge_from"]], c["node_xy"][c["edge_to"]]
        tree = cKDTree((a + b) / 2.0)

        def snap(xy):
            _d, e = tree.query(xy, k=1)
            ab = b[e] - a[e]
            t = np.clip(((xy - a[e]) * ab).sum(axis=1) / np.maximum((ab * ab).sum(axis=1),
                                                                    1e-300), 0.0, 1.0)
            return e, t * c["edge_length"][e]

        o_edge, o_off = snap(c["origins"])
        d_edge, d_off = snap(c["node_xy"][c["d_node"]])
        snapped = dict(c, o_edge=o_edge, o_off=o_off)
        within = 0
        for cat in np.unique(c["labels"]):
            sel = c["labels"] == cat
            # a destination's two links (both ends of its edge), the cheaper one per node
            src = np.r_[c["edge_from"][d_edge[sel]], c["edge_to"][d_edge[sel]]]
            off = np.r_[d_off[sel], c["edge_length"][d_edge[sel]] - d_off[sel]]
            order = np.lexsort((off, src))
            first = np.ones(len(src), dtype=bool)
            first[1:] = src[order][1:] != src[order][:-1]
            src, off = src[order][first], off[order][first]
            gg = csr_matrix((np.r_[g.data, np.maximum(off, 1e-9)],
                             np.r_[g.indices, src], np.r_[g.indptr, g.nnz + len(src)]),
                            shape=(n + 1, n + 1))
            nd = dijkstra(gg, directed=True, indices=n, limit=2 * THRESHOLD_M)[:n]
            within += _within(snapped, nd)
    return _note(res, f"within pairs {within:,} (snapped by the nearest edge midpoint)")


def igraph_search(n_edges, n_origins):
    import igraph
    c = _case(n_edges, n_origins)
    n = len(c["node_xy"])
    res = {}
    with timed(res):
        u, v, w = _simple_edges(c)
        within = 0
        for cat in np.unique(c["labels"]):
            src = np.unique(c["d_node"][c["labels"] == cat])
            # a virtual source (node n) joined to every destination by a zero-length edge
            edges = np.c_[np.r_[u, np.full(len(src), n)], np.r_[v, src]]
            g = igraph.Graph(n=n + 1, edges=edges.tolist(), directed=False)
            nd = np.array(g.distances(source=[n], weights=np.r_[w, np.zeros(len(src))].tolist())[0],
                          dtype=float)[:n]
            within += _within(c, nd)
    return _note(res, f"within pairs {within:,} (origin edges given; graph built per category "
                      "with its virtual source)")


def pandana_search(n_edges, n_origins):
    import pandana
    import pandas as pd
    c = _case(n_edges, n_origins)
    n = len(c["node_xy"])
    res = {}
    u, v, w = _simple_edges(c)
    # pandana's contraction hierarchies never finish on a lattice of exactly equal lengths
    # (pandana 0.8: stuck at 70 % on the 10k-edge grid for > 12 min, with 1 or 2 threads);
    # lengths made unequal by at most 1e-4 (1 cm per 100 m, fixed seed) let it finish
    w = w * (1.0 + 1e-4 * np.random.default_rng(0).random(len(w)))
    with timed(res):
        nodes = pd.DataFrame({"x": c["node_xy"][:, 0], "y": c["node_xy"][:, 1]})
        edges = pd.DataFrame({"from": u, "to": v, "w": w})
        net = pandana.Network(nodes["x"], nodes["y"], edges["from"], edges["to"], edges[["w"]],
                              twoway=True)
        net.precompute(2 * THRESHOLD_M)
        within = 0
        for cat in np.unique(c["labels"]):
            src = np.unique(c["d_node"][c["labels"] == cat])
            name = f"c{cat}"
            net.set_pois(name, 2 * THRESHOLD_M, 1, c["node_xy"][src, 0], c["node_xy"][src, 1])
            near = net.nearest_pois(2 * THRESHOLD_M, name, num_pois=1)
            nd = np.full(n, np.inf)
            dist = near[1].to_numpy(dtype=float)
            nd[near.index.to_numpy()] = np.where(dist >= 2 * THRESHOLD_M, np.inf, dist)
            within += _within(c, nd)
    return _note(res, f"within pairs {within:,} (origin edges given; lengths +<=1e-4 so its "
                      f"contraction hierarchies finish; own venv)")


def qgis_native(n_edges, n_origins, categories=1):
    """QGIS's own per-origin answer: native:shortestpathlayertopoint once per destination
    (every origin to that destination, origins tied to the nearest point of the nearest line
    as QGIS's graph builder does), then each origin's smallest cost per category. QGIS starts,
    and the layers are made, before the timing."""
    import sys
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import (
        QgsApplication,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsPointXY,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QVariant
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from qgis import processing
    c = _case(n_edges, n_origins)
    keep = _categories(c, categories)
    crs = "EPSG:32723"
    lines = QgsVectorLayer(f"LineString?crs={crs}", "net", "memory")
    feats = []
    xy = c["node_xy"]
    for a, b in zip(c["edge_from"].tolist(), c["edge_to"].tolist()):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*xy[a]), QgsPointXY(*xy[b])]))
        feats.append(f)
    lines.dataProvider().addFeatures(feats)
    origins = QgsVectorLayer(f"Point?crs={crs}", "origins", "memory")
    origins.dataProvider().addAttributes([QgsField("oid", QVariant.Int)])
    origins.updateFields()
    feats = []
    for i, (x, y) in enumerate(c["origins"].tolist()):
        f = QgsFeature(origins.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttribute("oid", i)
        feats.append(f)
    origins.dataProvider().addFeatures(feats)
    dests = [(int(cat), xy[d]) for cat, d in zip(c["labels"][keep], c["d_node"][keep])]
    n = len(c["origins"])
    res = {}
    with timed(res):
        best = {}
        for cat, (x, y) in dests:
            out = processing.run("native:shortestpathlayertopoint", {
                "INPUT": lines, "STRATEGY": 0, "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
                "START_POINTS": origins, "END_POINT": f"{x},{y} [{crs}]",
                "OUTPUT": "memory:"})["OUTPUT"]
            d = best.setdefault(cat, np.full(n, np.inf))
            for f in out.getFeatures():
                cost = f["cost"]
                if cost is not None:
                    i = f["oid"]
                    d[i] = min(d[i], float(cost))
        within = sum(int((d <= THRESHOLD_M + 1e-6).sum()) for d in best.values())
    app.exitQgis()
    return _note(res, f"within pairs {within:,} ({len(dests)} runs, one per destination)")


def networkx_search(n_edges, n_origins):
    import networkx as nx
    c = _case(n_edges, n_origins)
    n = len(c["node_xy"])
    res = {}
    with timed(res):
        u, v, w = _simple_edges(c)
        g = nx.Graph()
        g.add_weighted_edges_from(zip(u.tolist(), v.tolist(), w.tolist()), weight="length")
        within = 0
        for cat in np.unique(c["labels"]):
            src = set(c["d_node"][c["labels"] == cat].tolist())
            dist = nx.multi_source_dijkstra_path_length(g, src, cutoff=2 * THRESHOLD_M,
                                                        weight="length")
            nd = np.full(n, np.inf)
            nd[np.fromiter(dist.keys(), dtype=np.int64, count=len(dist))] = np.fromiter(
                dist.values(), dtype=np.float64, count=len(dist))
            within += _within(c, nd)
    return _note(res, f"within pairs {within:,} (origin edges given)")


PANDANA_WHY = ("pandana builds contraction hierarchies first: 4 s CPU at 10k edges, 112 s at "
               "100k on this machine, hours at 1M")


def cases(quick=False):
    full = bool(os.environ.get("URBANPLAN_BENCH_FULL"))
    if quick:
        sizes = [(10_000, 1_000), (10_000, 20_000)]
    elif full:
        sizes = [(e, o) for e in (10_000, 100_000, 1_000_000) for o in (1_000, 10_000, 100_000)]
    else:
        sizes = [(10_000, 1_000), (10_000, 100_000), (100_000, 10_000), (1_000_000, 100_000)]
    out = []
    for n_edges, n_orig in sizes:
        prepare(n_edges, n_orig)
        kw = {"n_edges": n_edges, "n_origins": n_orig}
        tools = {"urbanplan": ("urbanplan", kw),
                 "urbanplan (numpy, no numba)": ("urbanplan", dict(kw, kernel="numpy")),
                 "scipy limit": ("scipy_limit", kw),
                 "scipy limit + KD snap": ("scipy_limit_snap", kw),
                 "igraph": ("igraph_search", kw)}
        if n_edges <= 100_000 or full:
            big = n_edges > 10_000
            tools["pandana"] = ("pandana_search", kw, str(PANDANA_PY),
                                {"repeats": 1 if big else None,
                                 "timeout": (1800 if full else 90) if big else 300,
                                 "why": PANDANA_WHY, "needs": str(PANDANA_PY)})
        if n_edges <= 100_000 or full:
            tools["networkx (search alone)"] = ("networkx_search", kw)
        out.append((f"grid {n_edges // 1000}k edges x {n_orig // 1000}k origins x 7", tools))
    if not quick:
        # QGIS's per-origin answer costs one shortest-path run per destination: a small case
        n_edges, n_orig = 2_500, 1_000
        prepare(n_edges, n_orig)
        kw = {"n_edges": n_edges, "n_origins": n_orig, "categories": 1}
        out.append((f"grid {n_edges / 1000:g}k edges x {n_orig // 1000}k origins x 1",
                    {"urbanplan": ("urbanplan", kw),
                     "QGIS native (per origin)": ("qgis_native", kw, None, {"repeats": 1})}))
    return out


def goal_lines(rows):
    """The closing table of results.md: the engine against the goals of issue 19."""
    by = {}
    for r in rows:
        if r.get("bench") == "bench_goals":
            by.setdefault(r["case"], {})[r["tool"]] = r
    lines = ["", "### Goals (issue 19): UrbanPlan's time as a multiple of each peer's "
             "(CPU seconds, minimum of the repeats; < 1 = UrbanPlan faster, 1/N = N times "
             "faster)", "",
             "| case | vs scipy limit (edges given) | vs scipy limit + KD snap | vs igraph | "
             "vs pandana | vs networkx | vs QGIS native | numpy path (no numba) vs scipy limit |",
             "|---|---|---|---|---|---|---|---|"]
    for case, tools in by.items():
        u = tools.get("urbanplan")
        if not u or "error" in u:
            continue
        cells = []
        npy, lim = tools.get("urbanplan (numpy, no numba)"), tools.get("scipy limit")
        for peer in ("scipy limit", "scipy limit + KD snap", "igraph", "pandana",
                     "networkx (search alone)", "QGIS native (per origin)"):
            p = tools.get(peer)
            if p is None:
                cells.append("-")
            elif "error" in p:
                cells.append(p["error"].split(" (")[0])
            elif not p.get("cpu_s") or not u.get("cpu_s"):
                cells.append("?")
            else:
                r = u["cpu_s"] / p["cpu_s"]
                cells.append(f"{r:.2f}x" if r >= 0.1 else f"1/{1 / r:.0f}")
        ok = all(x and x.get("cpu_s") for x in (npy, lim))
        cells.append(f"{npy['cpu_s'] / lim['cpu_s']:.2f}x" if ok else "-")
        lines.append(f"| {case} | " + " | ".join(cells) + " |")
    lines += ["", "UrbanPlan's row runs with the compiled kernels (numba, loaded before the "
              "timing as the peers' modules are imported before it); the last column is the "
              "engine on numpy alone (a QGIS whose Python has no numba).",
              "", "Goal: <= 1.5x the scipy limit at every size, below 1x igraph. The limit "
              "row is given each origin's edge (it skips snapping); the 'limit + KD snap' row "
              "adds the cheapest snapping scipy offers (a KD-tree over edge midpoints, "
              "approximate), so it carries the fixed cost the engine has and the bare limit "
              "has not. Both are shown; neither replaces the other."]
    return lines
