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

**Why an origin is NULL** (:func:`null_reason_codes`): ``off_network`` (no kept street within the
snap distance, or no geometry), ``island`` (its piece of network holds no destination of that
category) or ``beyond_horizon`` (there is one on its piece, but farther than the search
horizon).
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
REASONS = (None, OFF_NETWORK, ISLAND, BEYOND_HORIZON)
"""Reason codes by number: 0 = a value, 1 off the network, 2 no such destination on the origin's
piece of network, 3 farther than the search horizon."""


def component_sizes(network: WalkNetwork) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(label per node, nodes per component, metres of street per component)."""
    count, labels = network.components()
    nodes = np.bincount(labels, minlength=count)
    if network.edge_count:
        length = np.bincount(labels[network.edge_from], weights=network.edge_length,
                             minlength=count)
    else:
        length = np.zeros(count)
    return labels, nodes, length


def kept_edges(network: WalkNetwork, min_nodes: int | None = MIN_COMPONENT_NODES,
               min_length_m: float | None = MIN_COMPONENT_M,
               anchor: np.ndarray | None = None) -> np.ndarray:
    """True for the edges of kept pieces (see the module's rule).

    ``min_nodes``/``min_length_m``: None means the default; 0 for either keeps every piece.
    ``anchor`` (edges,): pieces holding an anchored edge are kept whatever their size (default:
    the network's own ``anchor``, set on edited networks)."""
    if network.edge_count == 0:
        return np.zeros(0, dtype=bool)
    min_nodes = MIN_COMPONENT_NODES if min_nodes is None else int(min_nodes)
    min_length_m = MIN_COMPONENT_M if min_length_m is None else float(min_length_m)
    labels, nodes, length = component_sizes(network)
    keep = (nodes >= min_nodes) | (length >= min_length_m - 1e-9)
    keep[int(np.argmax(length))] = True
    if anchor is None:
        anchor = getattr(network, "anchor", None)
    if anchor is not None:
        anchor = np.asarray(anchor, dtype=bool)
        keep[np.unique(labels[network.edge_from[anchor]])] = True
    return keep[labels[network.edge_from]]


def describe_pruning(network: WalkNetwork, kept: np.ndarray) -> str | None:
    """One log line on the pieces left out (None when every piece is kept)."""
    if kept.all():
        return None
    labels, _nodes, _length = component_sizes(network)
    comp = np.unique(labels[network.edge_from[~kept]])
    km = float(network.edge_length[~kept].sum()) / 1000.0
    return (f"{len(comp)} small disconnected piece(s) of the network ({int((~kept).sum())} "
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


def origin_components(network: WalkNetwork, snapped: Snapped) -> np.ndarray:
    """Component label of each snapped point's edge (-1 off the network)."""
    _count, labels = network.components()
    out = np.full(len(snapped.edge), -1, dtype=np.int64)
    ok = snapped.ok
    out[ok] = labels[network.edge_from[snapped.edge[ok]]]
    return out


def null_reason_codes(network: WalkNetwork, origins: Snapped, dist: np.ndarray,
                      dest_components: list) -> np.ndarray:
    """(n, k) codes (index into :data:`REASONS`): 0 where ``dist`` has a value, else why not.

    ``dest_components[j]``: the component labels holding a snapped destination of category j
    (see :func:`origin_components`)."""
    dist = np.asarray(dist, dtype=np.float64).reshape(len(origins.edge), -1)
    n, k = dist.shape
    codes = np.zeros((n, k), dtype=np.int8)
    comp = origin_components(network, origins)
    off = comp < 0
    for j in range(k):
        null = ~np.isfinite(dist[:, j])
        has = np.isin(comp, np.asarray(dest_components[j], dtype=np.int64))
        codes[null & off, j] = 1
        codes[null & ~off & ~has, j] = 2
        codes[null & ~off & has, j] = 3
    return codes


def null_reason_text(codes: np.ndarray) -> list:
    """Per origin: None when every category has a value, else the distinct reasons of its
    NULL categories joined by ``;`` in the order of :data:`REASONS`."""
    codes = np.asarray(codes).reshape(len(codes), -1)
    present = [np.any(codes == c, axis=1) for c in range(len(REASONS))]
    out = []
    for i in range(len(codes)):
        names = [REASONS[c] for c in range(1, len(REASONS)) if present[c][i]]
        out.append(";".join(names) if names else None)
    return out


__all__ = [
    "BEYOND_HORIZON",
    "ISLAND",
    "MIN_COMPONENT_M",
    "MIN_COMPONENT_NODES",
    "OFF_NETWORK",
    "REASONS",
    "component_sizes",
    "describe_moved",
    "describe_pruning",
    "kept_edges",
    "null_reason_codes",
    "null_reason_text",
    "origin_components",
]
