"""suggestsites engine: coverage sets against networkx, greedy by hand, against brute force and
the (1 - 1/e) bound, free placement, bad input."""
from itertools import combinations

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.publicspace.suggestsites import (
    coverage_matrix,
    greedy_max_cover,
    suggest_sites,
)


def street(length=2000.0):
    """One straight street along the x axis, with a vertex every 100 m."""
    return build_network([np.c_[np.arange(0, length + 1, 100.0), np.zeros(int(length / 100) + 1)]])


def on_street(xs):
    return np.c_[np.asarray(xs, float), np.zeros(len(xs))]


# demand: A = 3 x 10 people near x = 150, B = 25 at x = 1000, C = 2 x 20 near x = 1850
DEMAND_X = [100, 150, 200, 1000, 1800, 1900]
DEMAND_POP = [10, 10, 10, 25, 20, 20]
CANDIDATE_X = [150, 1850, 1000, 600]          # c3 reaches nobody within 200 m


def test_greedy_by_hand():
    net = street()
    res = suggest_sites(net, on_street(DEMAND_X), DEMAND_POP, k=4, distance_m=200,
                        candidates_xy=on_street(CANDIDATE_X))
    # C (40) first, then A (30), then B (25); the 4th candidate adds nobody: 3 sites
    assert res.ranked.site.tolist() == [1, 0, 2]
    assert res.ranked.gain.tolist() == [40, 30, 25]
    assert res.ranked.cumulative.tolist() == [40, 70, 95]
    assert res.cumulative_share_pct == pytest.approx([100 * 40 / 95, 100 * 70 / 95, 100.0])
    assert any("Only 3 of the K = 4" in line for line in res.log)


def test_existing_facilities_serve_first():
    net = street()
    res = suggest_sites(net, on_street(DEMAND_X), DEMAND_POP, k=2, distance_m=200,
                        existing_xy=on_street([1850]), candidates_xy=on_street(CANDIDATE_X))
    assert res.served_before == pytest.approx(40)
    assert res.ranked.site.tolist() == [0, 2]
    assert res.cumulative_share_pct == pytest.approx([100 * 70 / 95, 100.0])


def test_priority_weights_the_choice():
    net = street()
    res = suggest_sites(net, on_street(DEMAND_X), DEMAND_POP, k=1, distance_m=200,
                        candidates_xy=on_street(CANDIDATE_X), priority=[1, 1, 2, 1])
    # B: 25 people x 2 = 50 beats C: 40 x 1; the gain is still reported in people
    assert res.ranked.site.tolist() == [2]
    assert res.ranked.gain.tolist() == [25] and res.ranked.score.tolist() == [50]


def test_polygon_candidates_with_several_entrances():
    net = street()
    # one candidate entered at x = 100 and x = 1900 (a long plot along the street)
    res = suggest_sites(net, on_street(DEMAND_X), DEMAND_POP, k=1, distance_m=150,
                        candidates_xy=on_street([100, 1900, 1000]),
                        candidate_owner=[0, 0, 1], n_candidates=2)
    assert res.ranked.site.tolist() == [0]
    assert res.ranked.gain.tolist() == [70]     # A (30) + C (40)


def _brute_force(cover, w, k):
    best = 0.0
    for combo in combinations(range(cover.shape[0]), k):
        best = max(best, w[cover[list(combo)].any(axis=0)].sum())
    return best


def test_greedy_can_be_beaten_but_keeps_the_bound():
    # classic case: a big set overlapping two others; greedy takes the big one first
    #        a  b  c  d  e  f
    cover = np.array([[1, 1, 1, 1, 0, 0],
                      [1, 1, 0, 0, 1, 0],
                      [0, 0, 1, 1, 0, 1]], dtype=bool)
    w = np.ones(6)
    res = greedy_max_cover(csr_matrix(cover), w, 2)
    assert res.site.tolist()[0] == 0 and res.cumulative[-1] == 5
    opt = _brute_force(cover, w, 2)
    assert opt == 6
    assert res.cumulative[-1] >= (1 - 1 / np.e) * opt


def test_greedy_matches_brute_force_when_sets_are_disjoint():
    rng = np.random.default_rng(5)
    owner = rng.integers(0, 8, 40)                     # each demand point in one set
    cover = np.zeros((8, 40), bool)
    cover[owner, np.arange(40)] = True
    w = rng.integers(1, 30, 40).astype(float)
    res = greedy_max_cover(csr_matrix(cover), w, 3)
    assert res.cumulative[-1] == pytest.approx(_brute_force(cover, w, 3))


@pytest.mark.parametrize("seed", range(6))
def test_greedy_bound_on_random_instances(seed):
    rng = np.random.default_rng(seed)
    cover = rng.random((10, 30)) < 0.2
    w = rng.integers(1, 10, 30).astype(float)
    res = greedy_max_cover(csr_matrix(cover), w, 3)
    opt = _brute_force(cover, w, 3)
    assert res.cumulative[-1] <= opt + 1e-9
    assert res.cumulative[-1] >= (1 - 1 / np.e) * opt - 1e-9
    # incremental gains equal a recount from scratch
    chosen = res.site.tolist()
    assert res.cumulative[-1] == pytest.approx(w[cover[chosen].any(axis=0)].sum())


def test_coverage_matrix_equals_networkx():
    import networkx as nx
    rng = np.random.default_rng(3)
    n = 10
    P = np.array([[x * 100 + rng.uniform(-20, 20), y * 100 + rng.uniform(-20, 20)]
                  for y in range(n) for x in range(n)])
    lines = []
    for y in range(n):
        for x in range(n):
            i = y * n + x
            if x < n - 1 and rng.random() > 0.15:
                lines.append(np.array([P[i], P[i + 1]]))
            if y < n - 1 and rng.random() > 0.15:
                lines.append(np.array([P[i], P[i + n]]))
    net = build_network(lines)
    idx = EdgeIndex(net)
    dem = idx.snap(rng.uniform(0, 900, (300, 2)))
    cand_xy = rng.uniform(0, 900, (50, 2))
    owner = np.repeat(np.arange(25), 2)                  # 25 sites with 2 access points each
    cs = idx.snap(cand_xy)
    D = 230.0
    got = coverage_matrix(net, cs, owner, 25, dem, D, index=idx, batch_size=4).toarray()

    g = nx.Graph()
    stops = {e: [] for e in range(net.edge_count)}
    for tag, sn in (("d", dem), ("c", cs)):
        for i in range(len(sn.edge)):
            stops[int(sn.edge[i])].append((float(sn.offset[i]), (tag, i)))
    for e in range(net.edge_count):
        seq = [(0.0, ("n", int(net.edge_from[e])))] + sorted(stops[e]) + \
              [(float(net.edge_length[e]), ("n", int(net.edge_to[e])))]
        for (a, na), (b, nb) in zip(seq[:-1], seq[1:]):
            if not g.has_edge(na, nb) or g[na][nb]["w"] > b - a:
                g.add_edge(na, nb, w=max(b - a, 0.0))
    want = np.zeros_like(got)
    for s in range(25):
        sources = [("c", j) for j in np.flatnonzero(owner == s)]
        d = nx.multi_source_dijkstra_path_length(g, sources, cutoff=D, weight="w")
        for key in d:
            if key[0] == "d":
                want[s, key[1]] = True
    assert (got == want).all()
    assert want.sum() > 100


def test_free_placement_goes_to_the_unserved_cluster():
    net = build_network([np.c_[np.arange(0, 3001, 100.0), np.zeros(31)],
                         np.c_[np.full(21, 1500.0), np.arange(0, 2001, 100.0)]])
    rng = np.random.default_rng(2)
    served_cluster = np.c_[rng.uniform(0, 300, 50), np.zeros(50)]
    unserved = np.c_[np.full(60, 1500.0), rng.uniform(1700, 1900, 60)]
    demand = np.vstack([served_cluster, unserved])
    res = suggest_sites(net, demand, None, k=1, distance_m=300, existing_xy=[[150, 0]])
    assert res.served_before == pytest.approx(50)
    x, y = res.candidate_xy[res.ranked.site[0]]
    assert x == pytest.approx(1500, abs=1e-6) and 1600 <= y <= 2000
    assert res.ranked.gain[0] == pytest.approx(60)
    assert res.cumulative_share_pct[-1] == pytest.approx(100.0)


@pytest.mark.parametrize("kwargs,message", [
    ({"k": 5}, "only 4 candidate"),
    ({"k": 0}, "at least 1"),
    ({"distance_m": 0}, "positive number of metres"),
    ({"priority": [1, -1, 1, 1]}, "zero or positive"),
])
def test_bad_input(kwargs, message):
    net = street()
    args = {"k": 2, "distance_m": 200, "candidates_xy": on_street(CANDIDATE_X)}
    args.update(kwargs)
    with pytest.raises(UrbanPlanError, match=message):
        suggest_sites(net, on_street(DEMAND_X), DEMAND_POP, **args)
