"""Engine fuzzing: property-based tests (Hypothesis) of the network and flood engines against
independent brute-force references, on many small random inputs.

- network: random street graphs (straight segments between a few random points, crossings
  without a shared vertex stay unconnected) and random points. Components and the fragment rule
  (which pieces points may snap to) against networkx on the segments; snapping against a
  brute-force point-to-segment distance over every segment of the kept pieces;
  nearest-target walking distances (SearchGraph, the one Dijkstra every analysis runs) against
  networkx on a graph where every snapped point splits its edge (tests/network_oracle.py).
- flood: random small DEMs of whole metres (so plateaus and ties are common), with holes of no
  data. Ponding (the depression filling) against the minimax definition computed by plain
  relaxation: a cell's water level is the lowest possible highest ground on a path from it to
  the outside (the raster's edge or a no-data cell); flooding to a level against a breadth-first
  search from the water source.

Every property runs a bounded number of derandomised examples (the same ones on every run, no
example database written), so the suite stays quick and reproducible.
"""
import os
import sys

import numpy as np
import pytest

if os.environ.get("CI"):
    import hypothesis  # noqa: F401 - CI installs it (requirements-test.txt): never skip there
hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))
from network_oracle import split_graph  # noqa: E402

from urbanplan_plugin.core.flood import floodextent as fe  # noqa: E402
from urbanplan_plugin.core.network.build import build_network  # noqa: E402
from urbanplan_plugin.core.network.search import SearchGraph  # noqa: E402
from urbanplan_plugin.core.network.snap import EdgeIndex  # noqa: E402

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(hypothesis.HealthCheck))


# ------------------------------------------------------------------------------------------
# random networks
# ------------------------------------------------------------------------------------------

@st.composite
def street_graphs(draw):
    """(segments as ((x0, y0), (x1, y1)) pairs, the distinct points they join)."""
    n = draw(st.integers(2, 9))
    pts = draw(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), min_size=n,
                        max_size=n, unique=True))
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
        lambda p: p[0] != p[1]), min_size=1, max_size=14))
    segs = [(pts[a], pts[b]) for a, b in pairs]
    return segs


def network_of(segs):
    lines = [np.array([a, b], dtype=float) * 10.0 for a, b in segs]
    return build_network(lines, tolerance=0.0)


def points(n_min=1, n_max=6):
    return st.lists(st.tuples(st.floats(-20, 420), st.floats(-20, 420)), min_size=n_min,
                    max_size=n_max).map(lambda p: np.array(p, dtype=float).reshape(-1, 2))


@FUZZ
@given(street_graphs())
def test_components_match_networkx(segs):
    import networkx as nx
    net = network_of(segs)
    g = nx.Graph()
    g.add_edges_from(((a[0] * 10.0, a[1] * 10.0), (b[0] * 10.0, b[1] * 10.0)) for a, b in segs)
    count, labels = net.components()
    assert count == nx.number_connected_components(g)
    assert net.node_count == g.number_of_nodes()
    # two nodes share a label exactly when networkx puts them in one component
    comp = {}
    for k, members in enumerate(nx.connected_components(g)):
        for m in members:
            comp[m] = k
    ours = {}
    for i, (x, y) in enumerate(net.node_xy):
        ours.setdefault(int(labels[i]), set()).add(comp[(float(x), float(y))])
    assert all(len(v) == 1 for v in ours.values())
    lengths = sum(float(np.hypot(b[0] - a[0], b[1] - a[1])) * 10.0 for a, b in segs)
    assert net.total_length_m == pytest.approx(lengths, rel=1e-9)


@FUZZ
@given(street_graphs(), st.integers(2, 6), st.floats(50.0, 600.0))
def test_fragment_rule_matches_networkx(segs, min_nodes, min_m):
    """A piece is kept when it has ``min_nodes`` nodes, or ``min_m`` metres of street, or is the
    longest piece; every edge of a kept piece is kept, no edge of a dropped one."""
    import networkx as nx

    from urbanplan_plugin.core.network.fragments import kept_edges
    net = network_of(segs)
    kept = kept_edges(net, min_nodes, min_m)
    g = nx.MultiGraph()
    for e in range(net.edge_count):
        g.add_edge(int(net.edge_from[e]), int(net.edge_to[e]),
                   length=float(net.edge_length[e]), e=e)
    pieces = [g.subgraph(c) for c in nx.connected_components(g)]
    longest = max(sum(d["length"] for *_, d in p.edges(data=True)) for p in pieces)
    for p in pieces:
        length = sum(d["length"] for *_, d in p.edges(data=True))
        edges = [d["e"] for *_, d in p.edges(data=True)]
        big = p.number_of_nodes() >= min_nodes or length >= min_m - 1e-9
        states = {bool(kept[e]) for e in edges}
        assert len(states) == 1, "a piece is kept or dropped whole"
        if big:
            assert states == {True}
        elif length < longest - 1e-9:
            assert states == {False}


def brute_force_snap(net, pts, edges=None):
    """Distance from every point to the nearest segment of the ``edges`` (default: every edge),
    and that edge."""
    best = np.full(len(pts), np.inf)
    best_edge = np.full(len(pts), -1)
    for e in (range(net.edge_count) if edges is None else np.flatnonzero(edges)):
        xy = net.edge_coords(e)
        for a, b in zip(xy[:-1], xy[1:]):
            ab = b - a
            t = np.clip(((pts - a) @ ab) / max(float(ab @ ab), 1e-300), 0.0, 1.0)
            d = np.hypot(*(a + t[:, None] * ab - pts).T)
            better = d < best - 1e-9
            best[better], best_edge[better] = d[better], e
    return best, best_edge


@FUZZ
@given(street_graphs(), points(1, 8), st.booleans())
def test_snapping_finds_the_nearest_segment(segs, pts, every_edge):
    """Points snap to the nearest segment of the kept pieces of the network (small fragments
    are left out by the fragment rule), or of every edge when the index is told to keep them
    all."""
    net = network_of(segs)
    index = (EdgeIndex(net, keep=np.ones(net.edge_count, dtype=bool)) if every_edge
             else EdgeIndex(net))
    snapped = index.snap(pts)
    dist, _ = brute_force_snap(net, pts, index.kept)
    assert snapped.ok.all()
    np.testing.assert_allclose(snapped.distance, dist, rtol=1e-9, atol=1e-7)
    # the snapped point lies at that distance, on its edge, and the partial lengths add up
    np.testing.assert_allclose(np.hypot(*(snapped.xy - pts).T), dist, rtol=1e-9, atol=1e-7)
    np.testing.assert_allclose(snapped.offset + snapped.to_to, net.edge_length[snapped.edge],
                               rtol=1e-9, atol=1e-7)


@FUZZ
@given(street_graphs(), points(1, 5), points(1, 6), st.floats(5.0, 400.0))
def test_snap_limit_makes_far_points_unreachable(segs, pts, _unused, limit):
    net = network_of(segs)
    index = EdgeIndex(net)
    snapped = index.snap(pts, max_distance=limit)
    dist, _ = brute_force_snap(net, pts, index.kept)
    far = dist > limit + 1e-9
    near = dist < limit - 1e-9
    assert not snapped.ok[far].any()
    assert snapped.ok[near].all()
    assert (snapped.edge[~snapped.ok] == -1).all()


@FUZZ
@given(street_graphs(), points(1, 6), points(1, 4))
def test_nearest_distances_match_networkx(segs, origins, targets):
    import networkx as nx
    net = network_of(segs)
    index = EdgeIndex(net)
    o, t = index.snap(origins), index.snap(targets)
    got = SearchGraph(net).nearest(o, t)
    g = split_graph(net, {"o": o, "t": t})
    sources = [("t", j) for j in range(len(targets)) if ("t", j) in g]
    ref = nx.multi_source_dijkstra_path_length(g, sources, weight="length") if sources else {}
    for i in range(len(origins)):
        want = ref.get(("o", i), np.inf)
        if np.isfinite(want):
            assert got[i] == pytest.approx(want, rel=1e-9, abs=1e-6), (i, got[i], want)
        else:
            assert np.isnan(got[i]), (i, got[i])     # unreachable is NaN, never 0


@FUZZ
@given(street_graphs(), points(1, 6), points(1, 4), st.floats(1.0, 300.0))
def test_search_limit_cuts_exactly(segs, origins, targets, limit):
    import networkx as nx
    net = network_of(segs)
    index = EdgeIndex(net)
    o, t = index.snap(origins), index.snap(targets)
    got = SearchGraph(net).nearest(o, t, limit=limit)
    g = split_graph(net, {"o": o, "t": t})
    sources = [("t", j) for j in range(len(targets)) if ("t", j) in g]
    ref = nx.multi_source_dijkstra_path_length(g, sources, weight="length") if sources else {}
    for i in range(len(origins)):
        want = ref.get(("o", i), np.inf)
        if want <= limit * (1 - 1e-9):
            assert got[i] == pytest.approx(want, rel=1e-9, abs=1e-6)
        elif want > limit * (1 + 1e-9):
            assert np.isnan(got[i])


# ------------------------------------------------------------------------------------------
# random DEMs
# ------------------------------------------------------------------------------------------

@st.composite
def dems(draw):
    rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    z = np.array(draw(st.lists(st.integers(0, 9), min_size=rows * cols, max_size=rows * cols)),
                 dtype=np.float32).reshape(rows, cols)
    holes = np.array(draw(st.lists(st.booleans(), min_size=rows * cols,
                                   max_size=rows * cols)), dtype=bool).reshape(rows, cols)
    holes &= draw(st.booleans())        # half the DEMs have no hole at all
    if holes.all():
        holes[0, 0] = False
    return z, holes


def neighbours(r, c, rows, cols, connectivity):
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if connectivity == 8:
        steps += [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    for dr, dc in steps:
        rr, cc = r + dr, c + dc
        if 0 <= rr < rows and 0 <= cc < cols:
            yield rr, cc


def brute_force_fill(z, holes, connectivity):
    """The minimax water level of every valid cell, by relaxation until nothing changes."""
    rows, cols = z.shape
    level = np.full(z.shape, np.inf)
    for r in range(rows):
        for c in range(cols):
            if holes[r, c]:
                continue
            nb = list(neighbours(r, c, rows, cols, connectivity))
            on_edge = r in (0, rows - 1) or c in (0, cols - 1)
            if on_edge or any(holes[p] for p in nb):
                level[r, c] = z[r, c]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if holes[r, c]:
                    continue
                best = min((level[p] for p in neighbours(r, c, rows, cols, connectivity)
                            if not holes[p]), default=np.inf)
                new = min(level[r, c], max(float(z[r, c]), best))
                if new < level[r, c]:
                    level[r, c], changed = new, True
    return level


@FUZZ
@given(dems(), st.sampled_from([4, 8]))
def test_ponding_matches_the_minimax_definition(dem, connectivity):
    z, holes = dem
    res = fe.ponding(z, nodata=holes, min_depth=0.0, connectivity=connectivity)
    level = brute_force_fill(z, holes, connectivity)
    want = np.where(~holes & (level > z), level - z, np.nan)
    np.testing.assert_array_equal(np.isnan(res.depth), np.isnan(want))
    np.testing.assert_allclose(res.depth[~np.isnan(want)], want[~np.isnan(want)], rtol=0,
                               atol=1e-5)
    assert res.flooded_cells == int((~np.isnan(want)).sum())
    assert res.volume_m3 == pytest.approx(float(np.nansum(want)), abs=1e-4)


@FUZZ
@given(dems(), st.integers(0, 10), st.sampled_from([4, 8]))
def test_flood_to_a_level_everywhere(dem, level, connectivity):
    z, holes = dem
    lvl = level - 0.5       # never equal to a ground value: no tie at the waterline
    res = fe.flood_from_level(z, lvl, nodata=holes, connectivity=connectivity)
    want = np.where(~holes & (z < lvl), lvl - z, np.nan)
    np.testing.assert_array_equal(np.isnan(res.depth), np.isnan(want))
    np.testing.assert_allclose(res.depth[~np.isnan(want)], want[~np.isnan(want)], atol=1e-5)


@FUZZ
@given(dems(), st.integers(0, 10), st.sampled_from([4, 8]), st.data())
def test_flood_from_a_source_spreads_over_wet_cells_only(dem, level, connectivity, data):
    z, holes = dem
    rows, cols = z.shape
    lvl = level - 0.5
    src = (data.draw(st.integers(0, rows - 1)), data.draw(st.integers(0, cols - 1)))
    sources = np.zeros(z.shape, dtype=bool)
    sources[src] = True
    res = fe.flood_from_level(z, lvl, nodata=holes, sources=sources, connectivity=connectivity)
    # breadth-first search from the source through valid cells below the level; a source
    # cell without data (a sea masked out of the DEM) starts the flood but gets no depth
    wet = np.zeros(z.shape, dtype=bool)
    if holes[src] or z[src] < lvl:
        todo = [src]
        wet[src] = not holes[src]
        while todo:
            cell = todo.pop()
            for p in neighbours(*cell, rows, cols, connectivity):
                if not wet[p] and not holes[p] and z[p] < lvl:
                    wet[p] = True
                    todo.append(p)
    np.testing.assert_array_equal(~np.isnan(res.depth), wet)
    np.testing.assert_allclose(res.depth[wet], (lvl - z)[wet], atol=1e-5)
