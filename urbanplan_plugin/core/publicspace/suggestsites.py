"""Where K new public spaces (or facilities) would serve the most people not yet within reach.

Maximal covering location problem (Church & ReVelle, 1974), solved greedily:

1. Demand points (homes, population grid cells) that already have an existing facility within
   ``D`` metres along the network are served; the rest is the unserved demand.
2. For every candidate site, the set of demand points within ``D`` of it along the network is
   found (a sparse candidate x demand matrix). Every candidate's search is bounded by ``D`` and
   runs only on the part of the network within ``D`` (straight line) of it, since no walk of
   length D can leave that circle; candidates are searched in spatial batches, one scipy
   Dijkstra call per batch.
3. Greedy: repeatedly pick the candidate whose unserved people (times its priority) are the
   most, mark those people served, and lower the other candidates' gains by the people they
   shared (incremental, through the matrix's columns). Each pick's marginal gain and the
   cumulative coverage are reported.

Greedy is not always optimal, but for this (monotone submodular) objective it reaches at least
(1 - 1/e) ~ 63 % of the best possible coverage with K sites (Nemhauser, Wolsey & Fisher, 1978),
and is usually much closer. With a priority weight (Bogotá's weighted siting index: care
demand, carer density, poverty, land availability), a candidate's score is its marginal people
times its priority; the marginal gain is still reported in people.

Without candidates, sites are placed freely: the unserved demand is aggregated to cells, the
cells are clustered with weighted k-means (scikit-learn), and the cluster centres, snapped to
the nearest street, become the candidates.
"""
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import UrbanPlanError
from ..common.progress import Progress

DEFAULT_SITING_DISTANCE_M = 500.0
"""Default service distance for new parks: "a park within 500 m" (Fuzhou 'City of a Thousand
Parks' and Fortaleza micro-parks, 2023 cases; see CASES.md)."""


class _Grid:
    """Points binned in square cells for box queries."""

    def __init__(self, xy, cell):
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        self.xy = xy
        self.cell = float(cell)
        finite = np.isfinite(xy).all(axis=1)
        self.idx = np.flatnonzero(finite)
        if len(self.idx) == 0:
            self.x0 = self.y0 = 0.0
            self.nx = self.ny = 1
            self.keys = np.empty(0, np.int64)
            return
        p = xy[self.idx]
        self.x0, self.y0 = p[:, 0].min(), p[:, 1].min()
        cx = ((p[:, 0] - self.x0) // self.cell).astype(np.int64)
        cy = ((p[:, 1] - self.y0) // self.cell).astype(np.int64)
        self.nx, self.ny = int(cx.max()) + 1, int(cy.max()) + 1
        keys = cy * self.nx + cx
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.idx = self.idx[order]

    def query(self, x0, y0, x1, y1):
        """Indices of the points inside the box (exact)."""
        if len(self.idx) == 0:
            return np.empty(0, np.int64)
        cx0 = int(max(np.floor((x0 - self.x0) / self.cell), 0))
        cy0 = int(max(np.floor((y0 - self.y0) / self.cell), 0))
        cx1 = int(min(np.floor((x1 - self.x0) / self.cell), self.nx - 1))
        cy1 = int(min(np.floor((y1 - self.y0) / self.cell), self.ny - 1))
        if cx1 < cx0 or cy1 < cy0:
            return np.empty(0, np.int64)
        rows = np.arange(cy0, cy1 + 1)
        lo = np.searchsorted(self.keys, rows * self.nx + cx0, side="left")
        hi = np.searchsorted(self.keys, rows * self.nx + cx1, side="right")
        counts = hi - lo
        if counts.sum() == 0:
            return np.empty(0, np.int64)
        pos = np.repeat(lo, counts) + (np.arange(counts.sum())
                                       - np.repeat(np.cumsum(counts) - counts, counts))
        cand = self.idx[pos]
        p = self.xy[cand]
        keep = (p[:, 0] >= x0) & (p[:, 0] <= x1) & (p[:, 1] >= y0) & (p[:, 1] <= y1)
        return cand[keep]


def coverage_matrix(network, site_snapped, site_owner, n_sites, demand, distance_m,
                    index=None, batch_size=64, progress=None):
    """Sparse boolean matrix (n_sites x n_demand): True where a demand point is within
    ``distance_m`` along the network of any access point of a site.

    ``site_snapped`` (Snapped): access points of the sites (a point site has one, a polygon site
    one per entrance), ``site_owner`` their site; ``demand`` (Snapped) the demand points
    (unsnapped ones are never covered). Exact: equal to one bounded search per site."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    from ..network.build import sparse_graph
    progress = progress or Progress()
    D = float(distance_m)
    net = network
    n = net.node_count
    m = len(demand.edge)
    ok_s = site_snapped.ok
    s_edge = site_snapped.edge[ok_s]
    s_off = site_snapped.offset[ok_s]
    s_xy = site_snapped.xy[ok_s]
    s_own = np.asarray(site_owner, dtype=np.int64)[ok_s]
    if len(s_edge) == 0 or m == 0:
        return csr_matrix((n_sites, m), dtype=bool)
    # no walk of length D leaves the straight-line circle of radius D around its start, as long
    # as every edge is at least as long as its geometry; widen the margin if some are shorter
    ratio = 1.0
    if index is not None and hasattr(index, "edge_scale") and len(index.edge_scale):
        scale = np.asarray(index.edge_scale, dtype=np.float64)
        scale = scale[np.isfinite(scale) & (scale > 0)]
        if len(scale):
            ratio = max(1.0, float((1.0 / scale).max()))
    chord = np.hypot(*(net.node_xy[net.edge_from] - net.node_xy[net.edge_to]).T)
    with np.errstate(divide="ignore", invalid="ignore"):
        cr = np.where(net.edge_length > 0, chord / net.edge_length, 1.0)
    ratio = max(ratio, float(np.nanmax(cr)) if len(cr) else 1.0)
    margin = D * ratio * (1 + 1e-9) + 1e-6

    adj = sparse_graph(net.edge_from, net.edge_to, net.edge_length, n)
    indptr, indices, data = adj.indptr, adj.indices, adj.data
    d_ok = demand.ok
    d_idx = np.flatnonzero(d_ok)
    d_xy = demand.xy
    d_edge = demand.edge
    d_off = demand.offset
    d_len = np.where(d_ok, net.edge_length[np.where(d_ok, d_edge, 0)], np.nan)
    # demand sorted by edge for the same-edge case
    order_e = d_idx[np.argsort(d_edge[d_idx], kind="stable")]
    edges_sorted = d_edge[order_e]

    extent = np.vstack([net.node_xy.min(axis=0), net.node_xy.max(axis=0)])
    area = max(float(np.prod(extent[1] - extent[0])), 1.0)
    cell = max(D, np.sqrt(area * 16.0 / max(len(s_edge), 1)))
    node_grid = _Grid(net.node_xy, cell)
    dem_grid = _Grid(np.where(d_ok[:, None], d_xy, np.nan), cell)

    # batches: sites grouped by tile of their first access point, at most batch_size each
    first = np.unique(s_own, return_index=True)
    site_ids, first_pos = first
    sxy0 = s_xy[first_pos]
    tile = (np.floor((sxy0[:, 0] - extent[0, 0]) / cell).astype(np.int64) * 1_000_003
            + np.floor((sxy0[:, 1] - extent[0, 1]) / cell).astype(np.int64))
    order = np.argsort(tile, kind="stable")
    site_ids, tile = site_ids[order], tile[order]
    bounds = np.flatnonzero(np.diff(tile)) + 1
    groups = np.split(site_ids, bounds)
    batches = []
    for g in groups:
        for k0 in range(0, len(g), batch_size):
            batches.append(g[k0:k0 + batch_size])
    # access points per site
    ap_order = np.argsort(s_own, kind="stable")
    ap_sorted_owner = s_own[ap_order]

    lid = np.full(n, -1, dtype=np.int64)
    rows_out, cols_out = [], []
    nb = max(len(batches), 1)
    for bi, sites in enumerate(batches):
        if bi % 16 == 0:
            if progress.is_canceled():
                break
            progress.progress(100.0 * bi / nb)
        lo = np.searchsorted(ap_sorted_owner, sites, side="left")
        hi = np.searchsorted(ap_sorted_owner, sites, side="right")
        cnt = hi - lo
        ap = ap_order[np.repeat(lo, cnt) + (np.arange(cnt.sum())
                                            - np.repeat(np.cumsum(cnt) - cnt, cnt))]
        ap_site_local = np.repeat(np.arange(len(sites)), cnt)
        bx0, by0 = s_xy[ap].min(axis=0) - margin
        bx1, by1 = s_xy[ap].max(axis=0) + margin
        L = node_grid.query(bx0, by0, bx1, by1)
        nL = len(L)
        lid[L] = np.arange(nL)
        # induced subgraph on L
        c = indptr[L + 1] - indptr[L]
        pos = np.repeat(indptr[L], c) + (np.arange(c.sum()) - np.repeat(np.cumsum(c) - c, c))
        r_loc = np.repeat(np.arange(nL), c)
        c_loc = lid[indices[pos]]
        keep = c_loc >= 0
        r_loc, c_loc, w_loc = r_loc[keep], c_loc[keep], data[pos][keep]
        # virtual sources (one per site of the batch), edges only out of them
        e = s_edge[ap]
        fa, ta = lid[net.edge_from[e]], lid[net.edge_to[e]]
        le = net.edge_length[e]
        frac = np.clip(np.where(le > 0, s_off[ap] / np.where(le > 0, le, 1.0), 0.0), 0, 1)
        vs = nL + ap_site_local
        vr = np.concatenate([vs[fa >= 0], vs[ta >= 0]])
        vc = np.concatenate([fa[fa >= 0], ta[ta >= 0]])
        vw = np.concatenate([(frac * le)[fa >= 0], ((1 - frac) * le)[ta >= 0]])
        size = nL + len(sites)
        # two entrances of one site near the same node give parallel links: keep the shortest
        # (scipy would add duplicate entries up)
        g = _min_duplicates(np.concatenate([r_loc, vr]), np.concatenate([c_loc, vc]),
                            np.concatenate([w_loc, vw]), size)
        dist = dijkstra(g, directed=True, indices=nL + np.arange(len(sites)), limit=D)
        dist = dist[:, :nL] if nL else np.full((len(sites), 0), np.inf)
        # demand near the batch
        dm = dem_grid.query(bx0, by0, bx1, by1)
        if len(dm) and nL:
            fe = lid[net.edge_from[d_edge[dm]]]
            te = lid[net.edge_to[d_edge[dm]]]
            via_f = np.where(fe[None, :] >= 0, dist[:, np.maximum(fe, 0)] + d_off[dm][None, :],
                             np.inf)
            via_t = np.where(te[None, :] >= 0,
                             dist[:, np.maximum(te, 0)] + (d_len[dm] - d_off[dm])[None, :],
                             np.inf)
            best = np.minimum(via_f, via_t)
            rr, cc = np.nonzero(best <= D + 1e-9)
            rows_out.append(sites[rr])
            cols_out.append(dm[cc])
        # same edge: straight along the shared edge
        a = np.searchsorted(edges_sorted, e, side="left")
        b = np.searchsorted(edges_sorted, e, side="right")
        k = b - a
        if k.sum():
            pos2 = np.repeat(a, k) + (np.arange(k.sum()) - np.repeat(np.cumsum(k) - k, k))
            dpt = order_e[pos2]
            apr = np.repeat(np.arange(len(ap)), k)
            near = np.abs(d_off[dpt] - s_off[ap][apr]) <= D + 1e-9
            rows_out.append(sites[ap_site_local[apr[near]]])
            cols_out.append(dpt[near])
        lid[L] = -1
    progress.progress(100.0)
    if rows_out:
        r = np.concatenate(rows_out)
        cidx = np.concatenate(cols_out)
    else:
        r = cidx = np.empty(0, np.int64)
    mat = csr_matrix((np.ones(len(r), dtype=np.int8), (r, cidx)), shape=(n_sites, m))
    mat.sum_duplicates()
    mat.data[:] = 1
    return mat.astype(bool)


def _min_duplicates(rows, cols, w, size):
    from scipy.sparse import csr_matrix
    order = np.lexsort((w, cols, rows))
    rows, cols, w = rows[order], cols[order], w[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    return csr_matrix((np.maximum(w[first], 1e-9), (rows[first], cols[first])),
                      shape=(size, size))


@dataclass
class GreedyResult:
    """Sites in the order chosen: ``site`` (candidate position), ``gain`` (people newly within
    reach), ``score`` (gain x priority), ``cumulative`` (people newly within reach so far)."""

    site: np.ndarray
    gain: np.ndarray
    score: np.ndarray
    cumulative: np.ndarray
    first_site: np.ndarray      # per demand point: rank (1..) of the first site covering it, 0 none


def greedy_max_cover(cover, weight, k, priority=None, served=None):
    """Greedy maximal covering with incremental gains.

    ``cover`` (sites x demand, sparse bool), ``weight`` (demand,) people, ``k`` sites at most,
    ``priority`` (sites,) multiplies each site's gain in the choice (default 1), ``served``
    (demand,) bool: already within reach (worth nothing). Stops early when no site adds
    anyone. Ties go to the lower candidate position (deterministic)."""
    from scipy.sparse import csr_matrix
    cover = csr_matrix(cover, dtype=np.float64)
    n_sites, m = cover.shape
    w = np.asarray(weight, dtype=np.float64).copy()
    if served is not None:
        w[np.asarray(served, dtype=bool)] = 0.0
    prio = np.ones(n_sites) if priority is None else np.asarray(priority, dtype=np.float64)
    csc = cover.tocsc()
    gains = cover @ w
    taken = np.zeros(n_sites, dtype=bool)
    first_site = np.zeros(m, dtype=np.int64)
    sites, g_out, s_out = [], [], []
    for rank in range(1, int(k) + 1):
        score = np.where(taken, -np.inf, gains * prio)
        c = int(np.argmax(score))
        if taken[c] or gains[c] <= 1e-12 or score[c] <= 0:
            break
        newly = cover.indices[cover.indptr[c]:cover.indptr[c + 1]]
        newly = newly[w[newly] > 0]
        gain = float(w[newly].sum())
        sites.append(c)
        g_out.append(gain)
        s_out.append(gain * prio[c])
        taken[c] = True
        if len(newly):
            gains -= csc[:, newly] @ w[newly]
            first_site[newly] = rank
            w[newly] = 0.0
        gains[np.abs(gains) < 1e-9] = 0.0
    g_out = np.array(g_out, dtype=np.float64)
    return GreedyResult(np.array(sites, dtype=np.int64), g_out, np.array(s_out, np.float64),
                        np.cumsum(g_out), first_site)


def cluster_candidates(xy, weight, n_candidates, cell=None, seed=0):
    """Candidate locations for free placement: unserved demand aggregated to cells (weighted
    centroids), clustered with weighted k-means into ``n_candidates`` centres (all cells when
    there are no more of them than that)."""
    from ..common.compat import kmeans_centres
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    w = np.asarray(weight, dtype=np.float64)
    keep = np.isfinite(xy).all(axis=1) & (w > 0)
    xy, w = xy[keep], w[keep]
    if len(xy) == 0:
        return np.empty((0, 2))
    if cell and cell > 0:
        key = np.floor(xy / cell).astype(np.int64)
        _, inv = np.unique(key, axis=0, return_inverse=True)
        inv = inv.reshape(-1)
        tot = np.bincount(inv, weights=w)
        cx = np.bincount(inv, weights=w * xy[:, 0]) / tot
        cy = np.bincount(inv, weights=w * xy[:, 1]) / tot
        xy, w = np.column_stack([cx, cy]), tot
    if len(xy) <= n_candidates:
        return xy
    return kmeans_centres(xy, n_candidates, weights=w, seed=seed, n_init=3)


@dataclass
class SitingResult:
    ranked: GreedyResult
    candidate_xy: np.ndarray     # free placement: the candidate points (network locations)
    total_people: float
    served_before: float         # people already within reach of existing facilities
    served_before_mask: np.ndarray
    cumulative_share_pct: np.ndarray
    n_candidates: int
    log: list = field(default_factory=list)
    cancelled: bool = False

    @property
    def served_after(self):
        return self.served_before + (float(self.ranked.cumulative[-1])
                                     if len(self.ranked.cumulative) else 0.0)


def suggest_sites(network, demand_xy, demand_pop, k, distance_m=DEFAULT_SITING_DISTANCE_M,
                  existing_xy=None, candidates_xy=None, candidate_owner=None,
                  n_candidates=None, priority=None, max_snap_m=None, index=None, seed=0,
                  progress=None):
    """Rank up to ``k`` sites that bring the most unserved people within ``distance_m``.

    ``demand_xy`` (n, 2), ``demand_pop`` (n,) (None: 1 each). ``existing_xy`` (e, 2): access
    points of facilities already there (park entrances), or None. ``candidates_xy`` (c, 2):
    access points of the candidates, ``candidate_owner`` (c,) their candidate (default: one
    point each); ``n_candidates`` is the number of candidates (owners may have no access point
    on the network). Without candidates: free placement (:func:`cluster_candidates`).
    ``priority`` (n_candidates,) >= 0 weights the choice."""
    from ..network.search import SearchGraph
    from ..network.snap import EdgeIndex
    from ..walk.fifteenminutecity import DEFAULT_MAX_SNAP_M
    progress = progress or Progress()
    log = []
    if distance_m is None or not np.isfinite(distance_m) or distance_m <= 0:
        raise UrbanPlanError("The walking distance must be a positive number of metres, got "
                             "{distance_m!r}.", distance_m=distance_m)
    if k is None or int(k) < 1:
        raise UrbanPlanError("The number of sites K must be at least 1, got {k!r}.", k=k)
    k = int(k)
    max_snap_m = DEFAULT_MAX_SNAP_M if max_snap_m is None else float(max_snap_m)
    demand_xy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    nd = len(demand_xy)
    if nd == 0:
        raise UrbanPlanError("The demand layer has no features.")
    pop = np.ones(nd) if demand_pop is None else np.asarray(demand_pop, dtype=np.float64)
    if np.isnan(pop).any() or (pop < 0).any():
        raise UrbanPlanError("Demand (population) values must be zero or positive numbers (no "
                             "NULL, no negatives).")
    index = index or EdgeIndex(network)
    d_snap = index.snap(demand_xy, max_distance=max_snap_m)
    off = ~d_snap.ok
    if off.any():
        log.append(f"{int(off.sum())} demand feature(s) ({float(pop[off].sum()):,.0f} people) "
                   f"are farther than {max_snap_m:g} m from the network: no site can serve them.")
    served = np.zeros(nd, dtype=bool)
    if existing_xy is not None and len(existing_xy):
        e_snap = index.snap(existing_xy, max_distance=max_snap_m)
        if not e_snap.ok.any():
            log.append(f"No existing facility is within {max_snap_m:g} m of the network; none "
                       "counts as serving anyone.")
        else:
            d = SearchGraph(network).nearest(d_snap, e_snap, limit=float(distance_m))
            served = np.isfinite(d) & (d <= distance_m + 1e-9)
    total = float(pop.sum())
    before = float(pop[served].sum())
    progress.progress(10.0)
    free = candidates_xy is None
    if free:
        unserved = d_snap.ok & ~served & (pop > 0)
        m = int(n_candidates) if n_candidates else max(8 * k, 40)
        cxy = cluster_candidates(d_snap.xy[unserved], pop[unserved], m,
                                 cell=max(distance_m / 4.0, 10.0), seed=seed)
        if len(cxy) == 0:
            log.append("Everyone on the network is already within reach: no new site is needed.")
        c_snap = index.snap(cxy, max_distance=np.inf)
        cxy = c_snap.xy
        owner = np.arange(len(cxy))
        n_cand = len(cxy)
        log.append(f"Free placement: {n_cand} candidate location(s) from weighted k-means "
                   "clusters of the unserved people, snapped to the nearest street.")
        if n_cand and n_cand < k:
            log.append(f"Only {n_cand} distinct candidate location(s) exist for K = {k}.")
    else:
        cxy = np.asarray(candidates_xy, dtype=np.float64).reshape(-1, 2)
        owner = (np.arange(len(cxy)) if candidate_owner is None
                 else np.asarray(candidate_owner, dtype=np.int64))
        n_cand = int(n_candidates) if n_candidates is not None else (
            int(owner.max()) + 1 if len(owner) else 0)
        if n_cand == 0:
            raise UrbanPlanError("The candidate layer has no usable feature.")
        if k > n_cand:
            raise UrbanPlanError(
                "K = {k} sites were asked for, but there are only {n_cand} candidate(s). Lower "
                "K or add candidates (or leave the candidates empty for free placement).",
                k=k, n_cand=n_cand)
        c_snap = index.snap(cxy, max_distance=max_snap_m)
        reach = np.zeros(n_cand, dtype=bool)
        reach[owner[c_snap.ok]] = True
        if (~reach).any():
            log.append(f"{int((~reach).sum())} candidate(s) are farther than {max_snap_m:g} m "
                       "from the network and cannot be chosen.")
    if priority is not None:
        priority = np.asarray(priority, dtype=np.float64)
        if len(priority) != n_cand:
            raise UrbanPlanError("Internal: one priority value per candidate is needed.")
        if np.isnan(priority).any() or (priority < 0).any():
            raise UrbanPlanError("Priority values must be zero or positive numbers (no NULL, no "
                                 "negatives).")
    sub = SubProgress(progress, 10, 90)
    cover = coverage_matrix(network, c_snap, owner, n_cand, d_snap, distance_m, index=index,
                            progress=sub)
    if progress.is_canceled():
        return None
    ranked = greedy_max_cover(cover, pop, k, priority=priority, served=served)
    if len(ranked.site) < k and n_cand:
        log.append(f"Only {len(ranked.site)} of the K = {k} site(s) add anyone: the other "
                   "candidates would serve nobody new.")
    share = (100.0 * (before + ranked.cumulative) / total if total > 0
             else np.full(len(ranked.site), np.nan))
    progress.progress(100.0)
    return SitingResult(ranked=ranked, candidate_xy=cxy if free else None, total_people=total,
                        served_before=before, served_before_mask=served,
                        cumulative_share_pct=np.asarray(share, dtype=np.float64),
                        n_candidates=n_cand, log=log)


class SubProgress(Progress):
    def __init__(self, parent, start, end):
        self.parent, self.start, self.end = parent, start, end

    def progress(self, percent):
        self.parent.progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.parent.is_canceled()
