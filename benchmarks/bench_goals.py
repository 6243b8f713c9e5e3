"""Goals of issue 19: the 15-minute-city engine vs the scipy multi-source limit, igraph, pandana
and networkx's search alone, on grids of 10k-1M edges x 1k-100k origins x 7 categories.

Every tool answers the same question as bench_walkability: for each origin and category, is the
nearest destination within 1 200 m? Each case's data (network, origins on random segments,
destinations on junctions) is made once by the parent process and cached in
bench_output/cache/ (not timed); every tool loads it in its own process. Each note gives the
tool's count of (origin, category) pairs within reach, which must agree across the rows.

- urbanplan: core.walk.fifteenminutecity.walk_access from the network: edge index, snapping
  every origin and destination to its nearest edge (exact), one bounded multi-source search per
  category, partial edges, score; plus summarize_access. The note splits index / snap+search.
- scipy limit: what the same answer costs with nothing but scipy and *given* snapping: the
  graph as a CSR matrix (built inside the timing), one
  ``scipy.sparse.csgraph.dijkstra(indices=destinations, min_only=True, limit=2 400 m)`` per
  category, then each origin's distance from both ends of its (given) edge. The lower bound
  for an engine on scipy.
- igraph (Debian's python3-igraph): the graph built inside the timing; per category one
  Dijkstra from a virtual source joined to the category's destinations with zero-length edges
  (igraph has no multi-source search); origins' edges given as for scipy.
- pandana: Network from the same nodes/edges, set_pois per category, nearest_pois(2 400 m);
  origins' nodes are the ends of their given edges (pandana measures node to node, so its
  answer is per node: it runs in a separate venv without system packages, since its compiled
  wheels must never enter the venv that QGIS uses: ``python3 -m venv .bench-pandana &&
  .bench-pandana/bin/pip install pandana``). Opt-in with URBANPLAN_BENCH_PANDANA=1: pandana 0.8
  from PyPI in such a venv ran more than 12 minutes CPU-bound without an answer on the 10k-edge
  x 1k-origin case on this machine (not investigated), so the default run leaves it out.
- networkx (search alone): multi_source_dijkstra_path_length per category, origins' edges given.

The default run is a diagonal of the grid; ``URBANPLAN_BENCH_FULL=1`` (``run.py --full``) runs
every size pair. Each case repeats its tools interleaved (REPEATS), reporting the minimum and
the spread.
"""
import os
from pathlib import Path

import numpy as np

from benchutil import grid_lines, timed

REPEATS = 3
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


def urbanplan(n_edges, n_origins):
    import sys
    import time
    sys.path.insert(0, str(ROOT))
    from urbanplan_plugin.core.network.search import SearchGraph
    from urbanplan_plugin.core.network.snap import EdgeIndex
    from urbanplan_plugin.core.network.store import load_npz
    from urbanplan_plugin.core.walk.fifteenminutecity import summarize_access, walk_access
    net, _ = load_npz(_paths(n_edges, n_origins)[0])
    c = _case(n_edges, n_origins)
    dxy = net.node_xy[c["d_node"]]
    labels = np.array([f"cat{i + 1}" for i in c["labels"]], dtype=object)
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
    return _note(res, f"within pairs {int(r.within.sum()):,}; index+graph {t1 - t0:.2f} s, "
                      f"snap+search+summary {time.perf_counter() - t1:.2f} s "
                      f"(snap+search {t2 - t1:.2f} s)")


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
    with timed(res):
        u, v, w = _simple_edges(c)
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
    return _note(res, f"within pairs {within:,} (origin edges given; separate venv)")


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


def cases(quick=False):
    if quick:
        sizes = [(10_000, 1_000), (10_000, 20_000)]
    elif os.environ.get("URBANPLAN_BENCH_FULL"):
        sizes = [(e, o) for e in (10_000, 100_000, 1_000_000) for o in (1_000, 10_000, 100_000)]
    else:
        sizes = [(10_000, 1_000), (10_000, 100_000), (100_000, 10_000), (1_000_000, 100_000)]
    out = []
    for n_edges, n_orig in sizes:
        prepare(n_edges, n_orig)
        kw = {"n_edges": n_edges, "n_origins": n_orig}
        tools = {"urbanplan": ("urbanplan", kw), "scipy limit": ("scipy_limit", kw),
                 "igraph": ("igraph_search", kw)}
        if PANDANA_PY.exists() and os.environ.get("URBANPLAN_BENCH_PANDANA"):
            tools["pandana"] = ("pandana_search", kw, str(PANDANA_PY))
        if n_edges <= 100_000 or os.environ.get("URBANPLAN_BENCH_FULL"):
            tools["networkx (search alone)"] = ("networkx_search", kw)
        out.append((f"grid {n_edges // 1000}k edges x {n_orig // 1000}k origins x 7", tools))
    return out
