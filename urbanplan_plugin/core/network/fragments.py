"""Small disconnected fragments of a walking network: the engine's one rule for which connected
pieces points may snap to, and why an origin gets no value.

**Why.** Street data are full of fragments: a service road, a courtyard footway, a way cut off by
the walking filter, lying metres from the main streets but not joined to them. A home that snaps
to the nearest edge of *any* piece ends up on such a fragment and reaches nothing, although a
street of the main network is a few metres farther. Peers prune them before linking points:
r5 removes every walk component with fewer than 40 vertices (``StreetLayer.MIN_SUBGRAPH_SIZE
= 40``, Tarjan island pruning in ``TarjanIslandPruner``; conveyal/r5,
src/main/java/com/conveyal/r5/streets/StreetLayer.java); osmnx keeps only the largest component
by default (``graph_from_*(..., retain_all=False)``); pandana flags nodes that reach fewer than
``count`` others within a distance (``Network.low_connectivity_nodes(impedance, count)``);
GraphHopper removes subnetworks below ``prepare.min_network_size`` nodes.

**The rule** (:func:`kept_edges`). A connected piece of the network is *kept* when it has at least
:data:`MIN_COMPONENT_NODES` nodes **or** is at least :data:`MIN_COMPONENT_M` metres long; the
longest piece is always kept. Points (homes, facilities, park entrances) snap only to edges of
kept pieces (:class:`.snap.EdgeIndex` is built over them), so a home beside the main streets snaps
to the nearest kept street within the snap distance. Pieces above the limit -- a real island
whose only bridge is a motorway, a large campus -- stay: their homes reach their own services.
The pruned edges stay in the graph (nothing snaps to them, so nothing walks on them).

An edited network (a scenario that closes streets) keeps the pieces of edges that were kept
before the edit (``anchor``), so a cul-de-sac cut off by a closure is cut off, not pruned and
its homes moved to another street.

With a travel profile the pieces are those the profile's ways form (:class:`.snap.EdgeIndex`
with ``usable``): a piece a wheelchair can reach only over steps is judged on its own.

**Why an origin is NULL** (:func:`null_reason_codes`, one set of codes for every analysis and
travel profile): ``off_network`` (no kept street within the snap distance, or no geometry),
``island`` (its piece of network holds no destination of that category), ``beyond_horizon``
(there is one on its piece, but none within the search horizon) or ``impassable`` (its own way
is too steep for the travel profile in both directions).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .build import WalkNetwork
    from .snap import Snapped

MIN_COMPONENT_NODES = 40
"""A connected piece with fewer nodes than this (and shorter than :data:`MIN_COMPONENT_M`) is a
fragment nothing snaps to: r5's walk island pruning threshold (``StreetLayer.MIN_SUBGRAPH_SIZE =
40`` vertices, conveyal/r5)."""

MIN_COMPONENT_M = 5000.0
"""A piece at least this long (metres of street) is kept whatever its number of nodes, so a real
island's lanes or a trail network with few junctions are never pruned. UrbanPlan's own guard (r5
has none), an example value, not a published one: 5 km of street is about twice the default
search horizon of a 15-minute analysis (2 x 15 min at 4.8 km/h = 2.4 km), a place in its own
right rather than a stray way. On the São Paulo sample, 2.4 km would keep a 33-node, 2.4 km
service-road piece 13 m from the main streets that strands a hexagon of 601 people
(tools/fragment_effect.py). A very large value prunes by the node count alone, as r5 does; 0
(for either limit) keeps every piece."""

OFF_NETWORK = "off_network"
ISLAND = "island"
BEYOND_HORIZON = "beyond_horizon"
IMPASSABLE = "impassable"
REASONS = (None, OFF_NETWORK, ISLAND, BEYOND_HORIZON, IMPASSABLE)
"""Reason codes by number: 0 = a value, 1 off the network (no kept street -- with a travel
profile, no way it may use -- within the snap distance), 2 no such destination on the origin's
piece of network, 3 there is one on its piece but none within the search horizon (with a
travel profile: also when the only ways there are too steep in the direction of travel), 4 the
origin's own way is impassable for the travel profile in both directions (too steep)."""


def component_labels(network: WalkNetwork, usable: np.ndarray | None = None
                     ) -> tuple[int, np.ndarray]:
    """(count, label per node) of the connected pieces of the network, or of the pieces the
    ``usable`` edges form (a travel profile's ways: a node no usable edge touches is a piece
    of its own)."""
    if usable is None:
        return network.components()
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    usable = np.asarray(usable, dtype=bool)
    n = network.node_count
    a, b = network.edge_from[usable], network.edge_to[usable]
    adj = coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n)).tocsr()
    count, labels = connected_components(adj, directed=False)
    return int(count), labels.astype(np.int64)


def component_sizes(network: WalkNetwork, usable: np.ndarray | None = None,
                    pieces: tuple | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(label per node, nodes per component, metres of street per component); with
    ``usable``, the pieces of the usable edges and their length. ``pieces``:
    :func:`component_labels` of the same network and ``usable`` when already known."""
    count, labels = component_labels(network, usable) if pieces is None else pieces
    nodes = np.bincount(labels, minlength=count)
    if network.edge_count:
        sel = slice(None) if usable is None else np.asarray(usable, dtype=bool)
        length = np.bincount(labels[network.edge_from[sel]], weights=network.edge_length[sel],
                             minlength=count)
    else:
        length = np.zeros(count)
    return labels, nodes, length


def kept_edges(network: WalkNetwork, min_nodes: int | None = MIN_COMPONENT_NODES,
               min_length_m: float | None = MIN_COMPONENT_M,
               anchor: np.ndarray | None = None, usable: np.ndarray | None = None,
               pieces: tuple | None = None) -> np.ndarray:
    """True for the edges of kept pieces (see the module's rule).

    ``min_nodes``/``min_length_m``: None means the default; 0 for either keeps every piece.
    ``anchor`` (edges,): pieces holding an anchored edge are kept whatever their size (default:
    the network's own ``anchor``, set on edited networks). ``usable`` (edges,): the ways a
    travel profile may use: the pieces are those these ways form (nodes counted only where a
    usable way touches them), and edges that are not usable are never kept. ``pieces``:
    :func:`component_labels` of the network and ``usable`` when already known."""
    if network.edge_count == 0:
        return np.zeros(0, dtype=bool)
    min_nodes = MIN_COMPONENT_NODES if min_nodes is None else int(min_nodes)
    min_length_m = MIN_COMPONENT_M if min_length_m is None else float(min_length_m)
    ok = (np.ones(network.edge_count, dtype=bool) if usable is None
          else np.asarray(usable, dtype=bool))
    if not ok.any():
        return ok.copy()
    labels, nodes, length = component_sizes(network, usable, pieces)
    if usable is not None:
        # a node no usable way touches is not part of any piece the profile walks
        touched = np.zeros(network.node_count, dtype=bool)
        touched[network.edge_from[ok]] = True
        touched[network.edge_to[ok]] = True
        nodes = np.bincount(labels[touched], minlength=len(nodes))
    keep = (nodes >= min_nodes) | (length >= min_length_m - 1e-9)
    keep[int(np.argmax(length))] = True
    if anchor is None:
        anchor = getattr(network, "anchor", None)
    if anchor is not None:
        anchor = np.asarray(anchor, dtype=bool) & ok
        keep[np.unique(labels[network.edge_from[anchor]])] = True
    return keep[labels[network.edge_from]] & ok


def describe_pruning(network: WalkNetwork, kept: np.ndarray,
                     usable: np.ndarray | None = None) -> str | None:
    """One log line on the pieces left out (None when every piece is kept). ``usable``: the
    ways of a travel profile (the others are left out by the profile, not as fragments)."""
    pruned = ~np.asarray(kept, dtype=bool)
    if usable is not None:
        pruned &= np.asarray(usable, dtype=bool)
    if not pruned.any():
        return None
    _count, labels = component_labels(network, usable)
    comp = np.unique(labels[network.edge_from[pruned]])
    km = float(network.edge_length[pruned].sum()) / 1000.0
    return (f"{len(comp)} small disconnected piece(s) of the network ({int(pruned.sum())} "
            f"edges, {km:.2f} km) are fragments: no origin or destination is attached to them "
            "(each has fewer nodes and less length than the fragment limits).")


def describe_moved(snapped: Snapped, what: str) -> str | None:
    """A log line on the points whose nearest street was a fragment (None when there are
    none): how many were attached to a kept street instead, how many are off the network."""
    moved = getattr(snapped, "moved", None)
    if moved is None or not moved.any():
        return None
    n_moved = int(moved.sum())
    off = int((moved & ~snapped.ok).sum())
    text = (f"{n_moved} {what} lay nearest to a small fragment of the network: "
            f"{n_moved - off} were attached to the nearest street of the kept network instead")
    if off:
        text += f", {off} have no kept street within the snap distance (off the network)"
    return text + "."


def origin_components(network: WalkNetwork, snapped: Snapped,
                      usable: np.ndarray | None = None) -> np.ndarray:
    """Component label of each snapped point's edge (-1 off the network); with ``usable``,
    the pieces of a travel profile's ways (see :meth:`.snap.EdgeIndex.piece_of`)."""
    _count, labels = component_labels(network, usable)
    out = np.full(len(snapped.edge), -1, dtype=np.int64)
    ok = snapped.ok
    out[ok] = labels[network.edge_from[snapped.edge[ok]]]
    return out


def null_reason_codes(origin_piece: np.ndarray, dist: np.ndarray, dest_pieces: list,
                      stuck: np.ndarray | None = None) -> np.ndarray:
    """(n, k) codes (index into :data:`REASONS`): 0 where ``dist`` has a value, else why not.

    ``origin_piece`` (n,): the piece of network each origin is on, -1 off the network
    (:meth:`.snap.EdgeIndex.piece_of`). ``dest_pieces[j]``: the pieces holding a snapped
    destination of category j. ``stuck`` (n,): origins on a way their travel profile cannot
    leave in either direction (too steep), ``impassable``."""
    origin_piece = np.asarray(origin_piece, dtype=np.int64).reshape(-1)
    dist = np.asarray(dist, dtype=np.float64).reshape(len(origin_piece), -1)
    n, k = dist.shape
    codes = np.zeros((n, k), dtype=np.int8)
    stuck = np.zeros(n, dtype=bool) if stuck is None else np.asarray(stuck, dtype=bool)
    top = int(origin_piece.max()) if n else -1
    for j in range(k):
        rows = np.flatnonzero(~np.isfinite(dist[:, j]))
        if len(rows) == 0:
            continue
        dp = np.asarray(dest_pieces[j], dtype=np.int64).reshape(-1)
        dp = dp[(dp >= 0) & (dp <= top)]
        holds = np.zeros(top + 2, dtype=bool)      # by piece + 1 (0: off the network)
        holds[dp + 1] = True
        op = origin_piece[rows]
        codes[rows, j] = np.where(op < 0, 1, np.where(stuck[rows], 4,
                                                      np.where(holds[op + 1], 3, 2)))
    return codes


def null_reason_text(codes: np.ndarray) -> list:
    """Per origin: None when every category has a value, else the distinct reasons of its
    NULL categories joined by ``;`` in the order of :data:`REASONS`."""
    codes = np.asarray(codes).reshape(len(codes), -1)
    # one bit per reason, then one text per distinct combination (a few), not per origin
    mask = np.zeros(len(codes), dtype=np.int64)
    for c in range(1, len(REASONS)):
        mask |= np.any(codes == c, axis=1).astype(np.int64) << c
    text = {m: ";".join(REASONS[c] for c in range(1, len(REASONS)) if (m >> c) & 1) or None
            for m in np.unique(mask).tolist()}
    return [text[m] for m in mask.tolist()]


__all__ = [
    "BEYOND_HORIZON",
    "IMPASSABLE",
    "ISLAND",
    "MIN_COMPONENT_M",
    "MIN_COMPONENT_NODES",
    "OFF_NETWORK",
    "REASONS",
    "component_labels",
    "component_sizes",
    "describe_moved",
    "describe_pruning",
    "kept_edges",
    "null_reason_codes",
    "null_reason_text",
    "origin_components",
]
