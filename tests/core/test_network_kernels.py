"""The compiled kernels of the network engine (core/network/netkernel.py, numba) give the very
same answers as the numpy path: exact snapping (nearest segment, offsets, snapped points, the
fragment flag), the per-origin distances with targets on the origin's own edge, the scores,
and the population summary with its weighted quantiles. Each case runs both paths on the same
data and compares every number; without numba (the compat QGIS) the comparisons are skipped
and the fallback is checked instead."""
import importlib.util

import numpy as np
import pytest

from urbanplan_plugin.core.network import netkernel
from urbanplan_plugin.core.network.build import LineSet, build_network
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.walk import fifteenminutecity as fmc

_BEFORE = dict(netkernel._STATE)
# numba is looked for without loading the kernels (at collection: the rest of the suite would
# run with them); a numba that is there but cannot build them fails the tests below
HAVE_NUMBA = importlib.util.find_spec("numba") is not None
needs_numba = pytest.mark.skipif(not HAVE_NUMBA, reason="numba is not installed here")


@pytest.fixture(autouse=True, scope="module")
def _unload_afterwards():
    """The rest of the suite runs as it would without this module: the kernels are used by
    the engine once loaded, so the loader's state is put back as it was."""
    yield
    netkernel._STATE.update(_BEFORE)


def _grid_lines(side, step=100.0, jitter=0.0, seed=0):
    """A street grid; with ``jitter`` its junctions move (slanted, unequal segments), and
    every street keeps all its junctions as vertices (multi-segment edges after noding)."""
    rng = np.random.default_rng(seed)
    xy = np.stack(np.meshgrid(np.arange(side) * step, np.arange(side) * step), axis=-1)
    xy = xy + rng.uniform(-jitter, jitter, xy.shape)
    return [xy[i, :, :] for i in range(side)] + [xy[:, i, :] for i in range(side)]


def _network(side=12, jitter=20.0, seed=0, island=True):
    lines = _grid_lines(side, jitter=jitter, seed=seed)
    if island:      # a small fragment far out: nothing snaps to it, points near it move
        lines.append(np.array([[side * 100.0 + 400, 0.0], [side * 100.0 + 430, 5.0]]))
    return build_network(LineSet.from_lines(lines), tolerance=0.5)


def _both(monkeypatch, fn):
    """fn() on the numpy path and on the compiled path."""
    monkeypatch.setenv(netkernel.ENV, "numpy")
    a = fn()
    monkeypatch.setenv(netkernel.ENV, "numba")
    assert netkernel.kernels() is not None, netkernel.unavailable_reason()
    b = fn()
    return a, b


def _points(net, n, seed):
    rng = np.random.default_rng(seed)
    lo, hi = net.node_xy.min(axis=0), net.node_xy.max(axis=0)
    pts = rng.uniform(lo - 300, hi + 300, (n, 2))
    pts[: n // 10] = net.node_xy[rng.integers(0, net.node_count, n // 10)]   # on junctions
    e = rng.integers(0, net.edge_count, n // 10)
    pts[n // 10: n // 5] = (net.node_xy[net.edge_from[e]] + net.node_xy[net.edge_to[e]]) / 2
    pts[n // 10: n // 5, 0] += 1e-9                                            # near ties
    pts[-3:] = np.nan                                                          # no geometry
    pts[-6:-3] = [[1e6, 1e6], [-5e5, 3e3], [hi[0] + 5e3, lo[1]]]               # far away
    return pts


def test_for_size_follows_the_environment(monkeypatch):
    monkeypatch.setenv(netkernel.ENV, "numpy")
    assert netkernel.for_size(10 ** 9) is None
    monkeypatch.setenv(netkernel.ENV, "numba")
    assert (netkernel.for_size(1) is not None) == HAVE_NUMBA


def test_without_numba_the_numpy_path_answers(monkeypatch):
    monkeypatch.setenv(netkernel.ENV, "numba")
    monkeypatch.setitem(netkernel._STATE, "tried", True)
    monkeypatch.setitem(netkernel._STATE, "kernels", None)
    assert netkernel.for_size(10 ** 9) is None
    net = _network(jitter=0.0)           # a plain grid: (50, 3) is 3 m from the street y = 0
    s = EdgeIndex(net).snap(np.array([[50.0, 3.0]]), max_distance=50.0)
    assert s.ok[0] and s.distance[0] == pytest.approx(3.0)
    assert s.xy[0].tolist() == pytest.approx([50.0, 0.0])


@needs_numba
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_snapping_is_identical(monkeypatch, seed):
    net = _network(seed=seed)
    pts = _points(net, 5000, seed)
    for limit in (np.inf, 40.0):
        a, b = _both(monkeypatch, lambda lim=limit: EdgeIndex(net).snap(pts, max_distance=lim))
        for name in ("edge", "offset", "to_from", "to_to", "distance", "xy", "moved"):
            assert np.array_equal(getattr(a, name), getattr(b, name), equal_nan=True), name
        assert a.moved.any() or limit == np.inf      # the fragment case is exercised
        assert (~a.ok).sum() >= 3


@needs_numba
def test_snapping_read_only_network(monkeypatch):
    """A network whose arrays are read-only (loaded from a file) still goes to the kernels."""
    net = _network(island=False)
    for arr in (net.coords, net.edge_length, net.edge_vstart, net.edge_vend):
        arr.setflags(write=False)
    pts = _points(net, 500, 4)
    a, b = _both(monkeypatch, lambda: EdgeIndex(net).snap(pts, max_distance=60.0))
    assert np.array_equal(a.offset, b.offset, equal_nan=True)
    assert np.array_equal(a.edge, b.edge)


def test_quantiles_by_hand(monkeypatch):
    """Lower weighted quantiles worked by hand, on both paths: values 1..5 with weights
    1, 1, 1, 1, 6 (total 10): the median is the smallest value whose cumulative weight
    reaches 5, i.e. 5 (1+1+1+1 = 4 < 5); the 30 % quantile is 3 (cumulative 3 >= 3)."""
    v = np.tile(np.array([1.0, 2, 3, 4, 5]), 1000)
    w = np.tile(np.array([1.0, 1, 1, 1, 6]), 1000)
    codes = np.zeros(len(v), dtype=np.int64)
    for env in ("numpy", "numba"):
        monkeypatch.setenv(netkernel.ENV, env)
        q = fmc._grouped_quantiles(codes, v, w, 1, (0.3, 0.5))
        assert q[:, 0].tolist() == [3.0, 5.0]


@needs_numba
@pytest.mark.parametrize("seed", range(6))
def test_quantiles_are_identical(monkeypatch, seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5000, 60000))
    groups = int(rng.integers(1, 5))
    v = rng.gamma(2.0, 5.0, n)
    v[rng.random(n) < 0.1] = np.nan
    if seed % 2:
        v = np.round(v)                          # many ties
    w = rng.integers(0, 4, n).astype(float) if seed % 3 else rng.random(n) * 3
    codes = rng.integers(0, groups, n)
    a, b = _both(monkeypatch, lambda: fmc._grouped_quantiles(codes, v, w, groups, (0.5, 0.9)))
    assert np.array_equal(a, b, equal_nan=True)


@needs_numba
def test_walk_access_and_summary_are_identical(monkeypatch):
    net = _network(side=15, seed=3)
    rng = np.random.default_rng(7)
    origins = _points(net, 6000, 7)
    dest = net.node_xy[rng.integers(0, net.node_count, 40)] + rng.normal(0, 25, (40, 2))
    # destinations on the edges of some origins (reached along the shared edge)
    dest[:5] = origins[200:205] + 3.0
    labels = np.array(["school"] * 10 + ["clinic"] * 15 + ["park"] * 15, dtype=object)
    rules = [fmc.CategoryRule("school", 10.0, weight=2.0), fmc.CategoryRule("clinic", 15.0),
             fmc.CategoryRule("park", 5.0, weight=0.5), fmc.CategoryRule("library", 15.0)]
    pop = rng.integers(0, 9, len(origins)).astype(float)
    kids = np.floor(pop / 3)
    zones = np.array([None if z == 3 else f"z{z}" for z in rng.integers(0, 4, len(origins))],
                     dtype=object)

    def run():
        r = fmc.walk_access(net, origins, dest, labels, rules=rules, max_snap_m=60.0,
                            group_speeds_kmh={"kids": 3.6})
        return r, fmc.summarize_access(r, pop, groups={"kids": kids}, zones=zones,
                                       group_speeds_kmh={"kids": 3.6})
    (ra, sa), (rb, sb) = _both(monkeypatch, run)
    for name in ("dist", "time", "within", "n_within", "score", "reason", "origin_ok"):
        assert np.array_equal(getattr(ra, name), getattr(rb, name), equal_nan=True), name
    assert np.nanmin(ra.dist[200:205, 0]) < 10.0      # the shared-edge case is exercised
    assert (~ra.origin_ok).sum() >= 6
    assert len(sa) == len(sb) > 0
    for col in sa.columns:
        x, y = sa[col], sb[col]
        if isinstance(x, list):
            assert x == y, col
        else:   # sums in another order: equal to the last bits
            np.testing.assert_allclose(x, y, rtol=1e-12, atol=0, err_msg=col)


@needs_numba
@pytest.mark.parametrize("seed", [0, 1])
def test_index_grid_is_identical(monkeypatch, seed):
    """The compiled counting sort lists the same segments in every cell as the numpy keys,
    long streets (cut into many pieces) included."""
    lines = _grid_lines(12, jitter=30.0, seed=seed) + [
        np.array([[0.0, 0.0], [1100.0, 1100.0]]), np.array([[-500.0, 600.0], [1600.0, 610.0]])]
    net = build_network(LineSet.from_lines(lines), tolerance=0.5)
    a, b = _both(monkeypatch, lambda: EdgeIndex(net))
    assert (a.spacing, a._nx, a._ny) == (b.spacing, b._nx, b._ny)
    assert np.array_equal(a._cell_start, b._cell_start)
    for c in range(a._nx * a._ny):
        cell = slice(a._cell_start[c], a._cell_start[c + 1])
        assert sorted(a._cell_vert[cell].tolist()) == b._cell_vert[cell].tolist()
    assert np.diff(a._cell_start).max() > 4          # the long streets crowd some cells


@needs_numba
def test_search_graph_is_identical(monkeypatch):
    """The compiled CSR builder: loops left out, parallel streets reduced to the shortest,
    a zero length nudged to 1e-9; the same matrix as the numpy builder."""
    from urbanplan_plugin.core.network.build import sparse_graph
    rng = np.random.default_rng(3)
    u = rng.integers(0, 300, 2000)
    v = rng.integers(0, 300, 2000)
    w = rng.uniform(0, 100, 2000)
    u[:50], v[:50] = 7, 7                                   # loops
    u[50:60], v[50:60], w[50:60] = 3, 9, np.arange(10.0)    # parallel, one of length 0
    a, b = _both(monkeypatch, lambda: sparse_graph(u, v, w, 300))
    a.sort_indices()
    assert np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)
    assert b[3, 9] == b[9, 3] == 1e-9 and b[7, 7] == 0
