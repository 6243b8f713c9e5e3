"""Walking network as arrays: build it from line vertices, measure it, search it.

The network is plain numpy arrays so that a city of a million segments builds in seconds and
every analysis (walkability, public space, flood disruption, scenarios) can reuse it. Edges keep
a reference to the vertex range of the line they came from, so results can be written back as
geometries without storing per-edge Python objects.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..common.compat import unique_rows_inverse
from ..common.errors import UrbanPlanError
from ..common.messages import log_line

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

DEFAULT_WALK_SPEED_KMH = 4.8
"""Default walking speed: 4.8 km/h (about 1.33 m/s), the mean free-flow walking speed of adults
reported in the Highway Capacity Manual (TRB, 2010, ch. 23: 4 ft/s to 5 ft/s design range) and the
usual value in 15-minute-city studies. Older people and children walk slower; set it per group."""


@dataclass
class LineSet:
    """Polylines as flat arrays: ``coords`` (k, 2) and ``offsets`` (n + 1) so that line i is
    ``coords[offsets[i]:offsets[i + 1]]``. ``source`` maps each line to its input feature index."""

    coords: np.ndarray
    offsets: np.ndarray
    source: np.ndarray = None

    def __post_init__(self):
        self.coords = np.ascontiguousarray(self.coords, dtype=np.float64).reshape(-1, 2)
        self.offsets = np.asarray(self.offsets, dtype=np.int64)
        if self.source is None:
            self.source = np.arange(len(self.offsets) - 1, dtype=np.int64)
        self.source = np.asarray(self.source, dtype=np.int64)

    @classmethod
    def from_lines(cls, lines: Sequence, source: np.ndarray | None = None) -> LineSet:
        """Build from a list of (n_i, 2) coordinate sequences."""
        arrays = [np.asarray(line, dtype=np.float64).reshape(-1, 2) for line in lines]
        counts = np.array([len(a) for a in arrays], dtype=np.int64)
        offsets = np.zeros(len(arrays) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        coords = np.concatenate(arrays) if arrays else np.empty((0, 2))
        return cls(coords, offsets, source)

    def __len__(self):
        return len(self.offsets) - 1

    def line(self, i: int) -> np.ndarray:
        return self.coords[self.offsets[i]:self.offsets[i + 1]]


@dataclass
class WalkNetwork:
    """Nodes, undirected edges and edge geometry as arrays, in a projected CRS (metres).

    Edge ``e`` runs from ``edge_from[e]`` to ``edge_to[e]`` along
    ``coords[edge_vstart[e]:edge_vend[e] + 1]`` and was cut from input feature ``edge_source[e]``.
    """

    node_xy: np.ndarray
    edge_from: np.ndarray
    edge_to: np.ndarray
    edge_length: np.ndarray
    coords: np.ndarray
    edge_vstart: np.ndarray
    edge_vend: np.ndarray
    edge_source: np.ndarray
    crs: str = ""
    log: list = field(default_factory=list)
    anchor: np.ndarray = None
    """Edges whose connected piece is never pruned as a fragment, whatever its size (set on an
    edited network: the edges that were on kept pieces of the baseline; see .fragments)."""
    _components: tuple = field(default=None, repr=False)

    @property
    def node_count(self) -> int:
        return len(self.node_xy)

    @property
    def edge_count(self) -> int:
        return len(self.edge_from)

    @property
    def total_length_m(self) -> float:
        return float(self.edge_length.sum())

    def edge_coords(self, e: int) -> np.ndarray:
        """Coordinates of edge ``e`` from its start node to its end node."""
        return self.coords[self.edge_vstart[e]:self.edge_vend[e] + 1]

    def walk_time_min(self, speed_kmh: float = DEFAULT_WALK_SPEED_KMH) -> np.ndarray:
        """Walk time of each edge in minutes at ``speed_kmh``."""
        return self.edge_length / speed_to_m_per_min(speed_kmh)

    def components(self) -> tuple[int, np.ndarray]:
        """(count, label per node) of connected components, computed once."""
        if self._components is None:
            from scipy.sparse import coo_matrix
            from scipy.sparse.csgraph import connected_components
            # connectivity only: no weights, so duplicates need no sorting (adjacency() sorts
            # 2 x edges entries to keep the shortest parallel edge: 0.5 s at 1M edges)
            n = self.node_count
            adj = coo_matrix((np.ones(self.edge_count, dtype=np.int32),
                              (self.edge_from, self.edge_to)), shape=(n, n)).tocsr()
            count, labels = connected_components(adj, directed=False)
            self._components = (int(count), labels.astype(np.int64))
        return self._components

    def edge_component(self) -> np.ndarray:
        """Component label per edge, numbered by decreasing size (0 = the largest)."""
        count, labels = self.components()
        if self.node_count == 0:
            return np.empty(0, dtype=np.int64)
        sizes = np.bincount(labels, weights=None, minlength=count)
        # rank components by total edge length, largest first, so "component 0" is the main network
        edge_lab = labels[self.edge_from]
        length_per = np.bincount(edge_lab, weights=self.edge_length, minlength=count)
        order = np.lexsort((-sizes, -length_per))
        rank = np.empty(count, dtype=np.int64)
        rank[order] = np.arange(count)
        return rank[edge_lab]

    def largest_component_share(self) -> float:
        """Share (0-1) of total network length in the largest connected component."""
        if self.edge_count == 0:
            return 0.0
        comp = self.edge_component()
        return float(self.edge_length[comp == 0].sum() / max(self.edge_length.sum(), 1e-12))

    def adjacency(self, weights: np.ndarray | None = None) -> csr_matrix:
        """Symmetric sparse matrix of the network; parallel edges keep their smallest weight."""
        w = self.edge_length if weights is None else np.asarray(weights, dtype=np.float64)
        return sparse_graph(self.edge_from, self.edge_to, w, self.node_count)

    def summary(self) -> dict:
        count, _ = self.components()
        return {
            "EDGE_COUNT": self.edge_count,
            "NODE_COUNT": self.node_count,
            "COMPONENTS": count if self.edge_count else 0,
            "LARGEST_COMPONENT_SHARE": self.largest_component_share(),
            "TOTAL_LENGTH_KM": self.total_length_m / 1000.0,
        }

    def subset(self, keep_edges: np.ndarray) -> WalkNetwork:
        """A new network with only the edges where ``keep_edges`` is True (nodes renumbered)."""
        keep = np.asarray(keep_edges, dtype=bool)
        used = np.zeros(self.node_count, dtype=bool)
        used[self.edge_from[keep]] = True
        used[self.edge_to[keep]] = True
        new_id = np.cumsum(used) - 1
        return WalkNetwork(
            node_xy=self.node_xy[used],
            edge_from=new_id[self.edge_from[keep]],
            edge_to=new_id[self.edge_to[keep]],
            edge_length=self.edge_length[keep],
            coords=self.coords,
            edge_vstart=self.edge_vstart[keep],
            edge_vend=self.edge_vend[keep],
            edge_source=self.edge_source[keep],
            crs=self.crs,
            log=list(self.log),
            anchor=None if self.anchor is None else self.anchor[keep],
        )


def speed_to_m_per_min(speed_kmh: float) -> float:
    """Metres per minute at ``speed_kmh``; refuses a speed that is not a positive number."""
    if speed_kmh is None or not np.isfinite(speed_kmh) or speed_kmh <= 0:
        raise UrbanPlanError(
            "Walking speed must be a positive number of km/h, got {speed_kmh!r}. "
            "A typical adult value is {DEFAULT_WALK_SPEED_KMH} km/h.",
            speed_kmh=speed_kmh, DEFAULT_WALK_SPEED_KMH=DEFAULT_WALK_SPEED_KMH)
    return speed_kmh * 1000.0 / 60.0


def sparse_graph(u: np.ndarray, v: np.ndarray, w: np.ndarray, n: int) -> csr_matrix:
    """Symmetric CSR matrix from undirected edges; duplicates keep the minimum weight.

    scipy sums duplicate entries, which would turn two parallel streets into one longer one, so
    duplicates are reduced to their minimum first. Zero weights are nudged to a tiny positive
    value because csgraph treats explicit zeros in some code paths as missing edges."""
    from scipy.sparse import csr_matrix

    from .netkernel import for_size, kernel_arg
    kern = for_size(len(u))
    if kern is not None and 2 * len(u) < 2 ** 31 - 1 and int(n) < 2 ** 31 - 1:
        indptr = np.empty(int(n) + 1, dtype=np.int32)
        indices = np.empty(2 * len(u), dtype=np.int32)
        data = np.empty(2 * len(u))
        nnz = kern.csr_graph(kernel_arg(u, dtype=np.int64), kernel_arg(v, dtype=np.int64),
                             kernel_arg(w, dtype=np.float64), int(n), indptr, indices, data)
        return csr_matrix((data[:nnz], indices[:nnz], indptr), shape=(n, n))
    u = np.asarray(u, dtype=np.int64)
    v = np.asarray(v, dtype=np.int64)
    w = np.maximum(np.asarray(w, dtype=np.float64), 1e-9)
    # the shortest of parallel edges, found once per undirected pair (half the entries)
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    keep = lo != hi
    lo, hi, w = lo[keep], hi[keep], w[keep]
    pair = lo * max(int(n), 1) + hi
    order = np.lexsort((w, pair))
    pair = pair[order]
    first = np.ones(len(pair), dtype=bool)
    first[1:] = pair[1:] != pair[:-1]
    sel = order[first]
    lo, hi, w = lo[sel], hi[sel], w[sel]
    return csr_matrix((np.concatenate([w, w]), (np.concatenate([lo, hi]),
                                                np.concatenate([hi, lo]))), shape=(n, n))


def _unique_xy(coords):
    """``np.unique(coords, axis=0, return_inverse=True)`` for (n, 2) float64 coordinates, about
    10x faster and with the same result (rows sorted by x, then y; flat inverse).

    np.unique(axis=0) sorts a structured view of the rows, which is slow; a complex128 view of
    the same memory (x = real, y = imaginary part) sorts in the same lexicographic order with a
    plain numeric sort. Coordinates are finite here (build_network checks that first)."""
    xy = np.ascontiguousarray(coords, dtype=np.float64).reshape(-1, 2)
    if len(xy) == 0:
        return unique_rows_inverse(xy)
    z = xy.view(np.complex128).reshape(-1)
    order = np.argsort(z, kind="stable")
    sz = z[order]
    first = np.empty(len(sz), dtype=bool)
    first[0] = True
    np.not_equal(sz[1:], sz[:-1], out=first[1:])
    inverse = np.empty(len(sz), dtype=np.int64)
    inverse[order] = np.cumsum(first) - 1
    u = sz[first]
    return np.column_stack([u.real, u.imag]), inverse


def cluster_vertices(coords: np.ndarray,
                     tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """Label each vertex with a cluster id; vertices within ``tolerance`` share one.

    Exact duplicates are merged first (sorted unique rows); with a positive tolerance, chains of
    vertices closer than the tolerance are merged too (single linkage through a KD-tree)."""
    uniq, inverse = _unique_xy(coords)
    if tolerance and tolerance > 0 and len(uniq) > 1:
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components
        from scipy.spatial import cKDTree
        pairs = cKDTree(uniq).query_pairs(r=float(tolerance), output_type="ndarray")
        if len(pairs):
            g = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])),
                           shape=(len(uniq), len(uniq)))
            _, lab = connected_components(g, directed=False)
            # representative coordinate: the first unique vertex of each cluster
            rep = np.full(lab.max() + 1, -1, dtype=np.int64)
            idx = np.arange(len(uniq))[::-1]
            rep[lab[idx]] = idx
            return lab[inverse], uniq[rep]
    return inverse, uniq


def build_network(lines: LineSet | Sequence, tolerance: float = 0.0, crs: str = "",
                  log: list | None = None) -> WalkNetwork:
    """Turn polylines into a walking network.

    Nodes are made at line ends and at every vertex that two lines (or one line twice) share,
    after merging vertices closer than ``tolerance`` metres (the merged vertices move to their
    node, so edge geometries end exactly at their nodes). Lines are split at those nodes, so
    an edge is the stretch of one input line between two nodes. Zero-length edges are dropped.
    Lines crossing without a shared vertex (bridges, tunnels) stay unconnected, as on the ground.
    """
    if not isinstance(lines, LineSet):
        lines = LineSet.from_lines(lines)
    log = [] if log is None else log
    coords, offsets = lines.coords, lines.offsets
    n_lines = len(lines)
    counts = np.diff(offsets)
    if n_lines == 0 or (counts >= 2).sum() == 0:
        raise UrbanPlanError(
            "The input has no line with at least two vertices, so there is no street to walk on. "
            "Use a layer of street centre lines or footpaths.")
    if (counts < 2).any():
        log.append(log_line("Skipped {n} line part(s) with fewer than two vertices.",
                            n=int((counts < 2).sum())))
        keep = counts >= 2
        parts = [coords[offsets[i]:offsets[i + 1]] for i in np.flatnonzero(keep)]
        lines = LineSet.from_lines(parts, lines.source[keep])
        coords, offsets, counts = lines.coords, lines.offsets, np.diff(lines.offsets)
        n_lines = len(lines)
    if not np.isfinite(coords).all():
        raise UrbanPlanError("Some line vertices have non-finite coordinates (NaN or infinity). "
                             "Repair the geometries (Vector > Geometry tools > Fix geometries).")

    cluster, cluster_xy = cluster_vertices(coords, tolerance)
    line_of_vertex = np.repeat(np.arange(n_lines), counts)

    # a vertex is a node when it ends a line or its location is used more than once
    is_end = np.zeros(len(coords), dtype=bool)
    is_end[offsets[:-1]] = True
    is_end[offsets[1:] - 1] = True
    uses = np.bincount(cluster, minlength=len(cluster_xy))
    is_node = is_end | (uses[cluster] > 1)
    # node vertices take their node's coordinates, so every edge geometry ends exactly at its
    # nodes (after a merge within the tolerance they may lie up to a chain of tolerances
    # apart) and its length is the length of the line drawn; the input is not modified
    moved = is_node & np.any(coords != cluster_xy[cluster], axis=1)
    if moved.any():
        coords = coords.copy()
        coords[moved] = cluster_xy[cluster[moved]]

    # cumulative length along each line (segments that cross line boundaries get zero)
    seg = np.hypot(*(coords[1:] - coords[:-1]).T)
    same_line = line_of_vertex[1:] == line_of_vertex[:-1]
    seg = np.where(same_line, seg, 0.0)
    cum = np.concatenate([[0.0], np.cumsum(seg)])

    node_vertices = np.flatnonzero(is_node)
    # consecutive node vertices of the same line bound one edge
    starts = node_vertices[:-1]
    ends = node_vertices[1:]
    valid = line_of_vertex[starts] == line_of_vertex[ends]
    starts, ends = starts[valid], ends[valid]
    length = cum[ends] - cum[starts]
    from_cluster = cluster[starts]
    to_cluster = cluster[ends]

    zero = (length <= max(float(tolerance or 0.0), 1e-9)) & (from_cluster == to_cluster)
    zero |= length <= 1e-9
    if zero.any():
        log.append(log_line("Dropped {n} zero-length segment(s).", n=int(zero.sum())))
        starts, ends, length = starts[~zero], ends[~zero], length[~zero]
        from_cluster, to_cluster = from_cluster[~zero], to_cluster[~zero]
    if len(starts) == 0:
        raise UrbanPlanError("All line segments have zero length (within the snapping tolerance "
                             "of {tolerance} m). Check the layer's units and CRS.",
                             tolerance=tolerance)

    used_clusters, node_of = np.unique(np.concatenate([from_cluster, to_cluster]),
                                       return_inverse=True)
    m = len(starts)
    net = WalkNetwork(
        node_xy=cluster_xy[used_clusters],
        edge_from=node_of[:m].astype(np.int64),
        edge_to=node_of[m:].astype(np.int64),
        edge_length=length,
        coords=coords,
        edge_vstart=starts.astype(np.int64),
        edge_vend=ends.astype(np.int64),
        edge_source=lines.source[line_of_vertex[starts]],
        crs=crs,
        log=log,
    )
    log_components(net, log)
    return net


def log_components(net: WalkNetwork, log: list) -> None:
    """Add a line to ``log`` when the network falls apart into several connected pieces."""
    count, _ = net.components()
    if count > 1:
        log.append(log_line("The network has {count} connected components; the largest holds "
                            "{share:.1f}% of its length. Places on the smaller pieces can only "
                            "reach what is on the same piece.", count=int(count),
                            share=100 * net.largest_component_share()))


def from_edge_arrays(node_xy: np.ndarray, edge_from: np.ndarray, edge_to: np.ndarray,
                     edge_length: np.ndarray, edge_coords: Sequence | None = None,
                     crs: str = "", edge_source: np.ndarray | None = None) -> WalkNetwork:
    """Rebuild a network from stored edges (a prepared network layer, a networkx graph).

    ``edge_coords`` is a list of (k, 2) coordinate arrays, one per edge, running from the
    edge's from-node to its to-node; straight lines are used when it is None."""
    node_xy = np.asarray(node_xy, dtype=np.float64).reshape(-1, 2)
    u = np.asarray(edge_from, dtype=np.int64)
    v = np.asarray(edge_to, dtype=np.int64)
    if edge_coords is None:
        edge_coords = [np.vstack([node_xy[a], node_xy[b]]) for a, b in zip(u, v)]
    ls = LineSet.from_lines(edge_coords)
    return WalkNetwork(
        node_xy=node_xy, edge_from=u, edge_to=v,
        edge_length=np.asarray(edge_length, dtype=np.float64),
        coords=ls.coords, edge_vstart=ls.offsets[:-1], edge_vend=ls.offsets[1:] - 1,
        edge_source=(np.arange(len(u)) if edge_source is None
                     else np.asarray(edge_source, dtype=np.int64)),
        crs=crs,
    )
