"""Service areas (isochrones) built from the streets actually reached, never interpolated.

For a walking budget D (metres = band minutes x walking speed) and the network distance d(n) from
the nearest facility (or from one facility) to every node, an edge of length L from node a to
node b is reached:

- entirely when ``(D - d(a)) + (D - d(b)) >= L`` with both ends reached, or when one end alone
  leaves budget for the whole edge;
- otherwise, partly: the first ``D - d(a)`` metres from a and the last ``D - d(b)`` metres
  before b (both ends may reach into the same edge from either side);
- on a facility's own edge, additionally the stretch ``[o - D, o + D]`` around the facility's
  position ``o`` (the walk starts there, not at a node).

Each reached stretch is widened by a walkable *shoulder* (a round-capped buffer of
``shoulder_m`` metres: the plots and buildings fronting a reached street) and the stretches are
unioned per band. Nothing is interpolated between streets (no convex/concave hull, no TIN), so a
river or a railway without a crossing stays unreached however close it is. Bands can be nested
(0-5, 0-10, 0-15 min) or rings (0-5, 5-10, 10-15 min): ring k = band k minus band k - 1, so
ring areas add up to the largest band.

Shoulder default: 50 m, the buffer Oliver, Schuurman & Hall (2007) put around line-based network
buffers ("a 50 m buffer applied to a 950 m line-based network buffer", Int. J. Health Geogr.
6:41, doi:10.1186/1476-072X-6-41).
"""
from dataclasses import dataclass, field

import numpy as np

from ..common.compat import buffer_lines, union_geometries
from ..common.errors import UrbanPlanError
from ..common.messages import log_line
from ..common.progress import Progress
from ..network.build import DEFAULT_WALK_SPEED_KMH, speed_to_m_per_min

DEFAULT_SHOULDER_M = 50.0
"""Walkable shoulder on each side of a reached street (m): Oliver, Schuurman & Hall (2007)."""

DEFAULT_BANDS_MIN = (5.0, 10.0, 15.0)
"""Default bands: the 5- and 15-minute life circles (Hangzhou 2023, Shanghai 2023; CASES.md)
with the 10-minute step in between (Barcelona climate shelters, 10 min; CASES.md)."""

QUAD_SEGS = 8
"""Segments per quarter circle of the round caps and joins (a cap is a 16-gon half: its area is
``2 * QUAD_SEGS * sin(pi / (2 * QUAD_SEGS)) * s**2`` instead of ``pi * s**2``, 0.6% less)."""

MAX_BANDS = 24


def parse_bands(text):
    """Band limits in minutes from "5, 10, 15" (or a list): sorted, distinct, positive."""
    if isinstance(text, str):
        parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        try:
            values = [float(p) for p in parts]
        except ValueError:
            raise UrbanPlanError(
                "Bands must be minutes separated by commas, such as 5, 10, 15; got {text!r}.",
                text=text
            ) from None
    else:
        values = [float(v) for v in (text or [])]
    if not values:
        raise UrbanPlanError("Give at least one band in minutes, such as 5, 10, 15.")
    bad = [v for v in values if not np.isfinite(v) or v <= 0]
    if bad:
        raise UrbanPlanError("Bands must be positive numbers of minutes; got {bad:g}. "
                             "Use for example 5, 10, 15.", bad=bad[0])
    values = sorted(set(values))
    if len(values) > MAX_BANDS:
        raise UrbanPlanError("At most {MAX_BANDS} bands, got {n_values}.",
                             MAX_BANDS=MAX_BANDS, n_values=len(values))
    return values


@dataclass
class ServiceAreas:
    """One row per (facility, band): ``facility`` indexes the facility points (-1 when all
    facilities are dissolved), ``band_from_min`` (0 for nested bands) and ``band_min`` bound the
    band, ``geometry`` is a shapely (multi)polygon, ``area_m2`` its area."""

    facility: np.ndarray
    band_from_min: np.ndarray
    band_min: np.ndarray
    geometry: list
    area_m2: np.ndarray
    bands_min: list
    largest_area_m2: float = np.nan     # dissolved area of the largest band, all facilities
    facilities_used: int = 0
    facilities_off_network: int = 0
    log: list = field(default_factory=list)
    cancelled: bool = False

    def __len__(self):
        return len(self.band_min)


class EdgeGeometry:
    """Cut stretches out of a network's edges by distance along them.

    Positions are in ``edge_length`` units (the routing lengths) and mapped onto the drawn
    geometry in proportion, the same way snapping maps them, so a stretch of x metres of routing
    length is drawn on the matching part of the line."""

    def __init__(self, network):
        self.net = network
        seg = np.hypot(*np.diff(network.coords, axis=0).T)
        self.cum = np.concatenate([[0.0], np.cumsum(seg)])
        geo = self.cum[network.edge_vend] - self.cum[network.edge_vstart]
        with np.errstate(divide="ignore", invalid="ignore"):
            self.scale = np.where(network.edge_length > 0, geo / network.edge_length, 1.0)

    def stretch(self, e, s0, s1):
        """Coordinates of edge ``e`` from position ``s0`` to ``s1`` (routing metres)."""
        net = self.net
        a, b = net.edge_vstart[e], net.edge_vend[e]
        xy = net.coords[a:b + 1]
        along = self.cum[a:b + 1] - self.cum[a]
        p0, p1 = s0 * self.scale[e], s1 * self.scale[e]
        if p0 <= 0.0 and p1 >= along[-1]:
            return xy
        inner = (along > p0) & (along < p1)
        x = np.interp([p0, p1], along, xy[:, 0])
        y = np.interp([p0, p1], along, xy[:, 1])
        return np.vstack([[x[0], y[0]], xy[inner], [x[1], y[1]]])


def reached_stretches(network, node_dist, budget, fac_edge=(), fac_offset=(), edges=None,
                      costs=None):
    """(edge, start, end, full) arrays of the stretches reached within ``budget`` metres.

    ``node_dist`` is the distance from the source(s) to every node (inf when not reached), or,
    with ``edges`` (a subset of edge ids), a pair (distance at each edge's from-node, at its
    to-node). ``fac_edge``/``fac_offset`` are the sources' own edges and positions on them.
    ``full`` marks whole edges. Stretches of one edge may overlap (the union merges them).

    ``costs`` (:class:`core.network.slope.EdgeTimes`, a travel profile's direction-dependent
    costs in the unit of ``budget``): ``node_dist`` is then the cost from every node *to* the
    sources, and a stretch is reached where the trip from it to the sources fits the budget
    (uphill pieces shorter, impassable pieces not at all)."""
    if edges is None:
        edges = np.arange(network.edge_count)
        da, db = node_dist[network.edge_from], node_dist[network.edge_to]
    else:
        da, db = node_dist
    if costs is not None:
        return _reached_with_costs(network, costs, edges, da, db, budget, fac_edge, fac_offset)
    L = network.edge_length[edges]
    ra = budget - da
    rb = budget - db
    ok_a, ok_b = ra >= 0, rb >= 0
    full = (ok_a & (ra >= L)) | (ok_b & (rb >= L)) | (ok_a & ok_b & (ra + rb >= L))
    part_a = ok_a & ~full & (ra > 1e-9)
    part_b = ok_b & ~full & (rb > 1e-9)
    fe = np.asarray(fac_edge, dtype=np.int64)
    fo = np.asarray(fac_offset, dtype=np.float64)
    e_full, e_a, e_b = edges[full], edges[part_a], edges[part_b]
    out_edges = np.concatenate([e_full, e_a, e_b, fe])
    start = np.concatenate([np.zeros(len(e_full)), np.zeros(len(e_a)), L[part_b] - rb[part_b],
                            np.maximum(fo - budget, 0.0)])
    end = np.concatenate([L[full], ra[part_a], L[part_b],
                          np.minimum(fo + budget, network.edge_length[fe])])
    is_full = np.zeros(len(out_edges), dtype=bool)
    is_full[:len(e_full)] = True
    return out_edges, start, end, is_full


def _reached_with_costs(network, costs, edges, da, db, budget, fac_edge, fac_offset):
    L = network.edge_length[edges]
    with np.errstate(invalid="ignore"):
        xa = costs.reach(edges, 0.0, budget - da, "after")      # [0, xa] reaches the from-node
        xb = costs.reach(edges, L, budget - db, "before")       # [xb, L] reaches the to-node
    ok_a = np.isfinite(xa) & (xa > 1e-9)
    ok_b = np.isfinite(xb) & (xb < L - 1e-9)
    full = (ok_a & (xa >= L - 1e-9)) | (ok_b & (xb <= 1e-9)) | (ok_a & ok_b & (xa >= xb))
    part_a = ok_a & ~full
    part_b = ok_b & ~full
    fe = np.asarray(fac_edge, dtype=np.int64)
    fo = np.asarray(fac_offset, dtype=np.float64)
    lo = costs.reach(fe, fo, np.full(len(fe), float(budget)), "before") if len(fe) else fo
    hi = costs.reach(fe, fo, np.full(len(fe), float(budget)), "after") if len(fe) else fo
    e_full, e_a, e_b = edges[full], edges[part_a], edges[part_b]
    out_edges = np.concatenate([e_full, e_a, e_b, fe])
    start = np.concatenate([np.zeros(len(e_full)), np.zeros(len(e_a)), xb[part_b], lo])
    end = np.concatenate([L[full], xa[part_a], L[part_b], hi])
    is_full = np.zeros(len(out_edges), dtype=bool)
    is_full[:len(e_full)] = True
    return out_edges, start, end, is_full


class _BufferCache:
    """Buffers of whole edges, made once and reused by every band and facility."""

    def __init__(self, geom, shoulder_m, quad_segs):
        self.geom, self.shoulder, self.quad = geom, shoulder_m, quad_segs
        self.full = {}

    def buffers(self, edges, start, end, is_full):
        out = []
        need = [e for e in edges[is_full].tolist() if e not in self.full]
        if need:
            made = buffer_lines([self.geom.net.edge_coords(e) for e in need], self.shoulder,
                                self.quad)
            self.full.update(zip(need, made))
        out.extend(self.full[e] for e in edges[is_full].tolist())
        part = ~is_full
        lines = [self.geom.stretch(e, s0, s1) for e, s0, s1 in
                 zip(edges[part].tolist(), start[part].tolist(), end[part].tolist())
                 if s1 - s0 > 1e-9]
        out.extend(buffer_lines(lines, self.shoulder, self.quad))
        return out


def _polygons_for(cache, node_dist, budgets, fac_edge, fac_offset, rings, edges=None,
                  costs=None):
    """One polygon per budget. Bands grow incrementally: band k is band k-1 united with the
    buffers of what band k adds (edges already whole in band k-1 are not buffered again)."""
    net = cache.geom.net
    polys = []
    prev = None
    prev_full = np.zeros(net.edge_count, dtype=bool)
    for budget in budgets:
        edges_b, s0, s1, is_full = reached_stretches(net, node_dist, budget, fac_edge,
                                                     fac_offset, edges, costs)
        new = ~(is_full & prev_full[edges_b])
        pieces = cache.buffers(edges_b[new], s0[new], s1[new], is_full[new])
        poly = union_geometries(([prev] if prev is not None else []) + pieces)
        prev_full[edges_b[is_full]] = True
        polys.append(poly)
        prev = poly
    if rings:
        polys = [polys[0]] + [polys[i].difference(polys[i - 1]) for i in range(1, len(polys))]
    return polys


def _validate(bands_min, speed_kmh, shoulder_m):
    bands = parse_bands(bands_min)
    m_per_min = speed_to_m_per_min(speed_kmh)
    if shoulder_m is None or not np.isfinite(shoulder_m) or shoulder_m <= 0:
        raise UrbanPlanError("The shoulder width must be a positive number of metres, got "
                             "{shoulder_m!r}. {DEFAULT_SHOULDER_M:g} m is the usual value.",
                             shoulder_m=shoulder_m, DEFAULT_SHOULDER_M=DEFAULT_SHOULDER_M)
    return bands, m_per_min


def service_areas(network, facilities, bands_min=DEFAULT_BANDS_MIN,
                  speed_kmh=DEFAULT_WALK_SPEED_KMH, shoulder_m=DEFAULT_SHOULDER_M,
                  per_facility=False, rings=False, progress=None, quad_segs=QUAD_SEGS,
                  graph=None, travel=None):
    """Service-area polygons around snapped ``facilities`` (a :class:`~.snap.Snapped`).

    Dissolved (default): one multi-source search from all facilities (a person counts as served
    by the nearest one), one polygon per band. ``per_facility``: one bounded search per facility
    (limit = the largest band), one polygon per facility and band. ``rings``: non-overlapping
    bands instead of nested ones.

    ``travel`` (:class:`core.walk.profiles.Travel`): who travels; its flat speed replaces
    ``speed_kmh``. The area is then where people *of that profile* can travel *to* a facility
    within the band: uphill trips reach less far, ways closed to the profile are left out."""
    from ..network.search import SearchGraph
    progress = progress or Progress()
    if travel is not None:
        speed_kmh = travel.speed_kmh
        graph = graph or travel.graph(network)
    bands, m_per_min = _validate(bands_min, speed_kmh, shoulder_m)
    budgets = [b * m_per_min for b in bands]
    lows = [0.0] + bands[:-1] if rings else [0.0] * len(bands)
    ok = np.flatnonzero(facilities.ok)
    n_off = len(facilities.edge) - len(ok)
    if len(facilities.edge) == 0:
        raise UrbanPlanError("The facility layer has no features. Choose a layer with data, or "
                             "check its filter and selection.")
    if len(ok) == 0:
        raise UrbanPlanError(
            "None of the {n_edge} facilities is close enough to the walking "
            "network to be snapped. Check that facilities and network cover the same area (and "
            "CRS), or raise the largest snap distance.", n_edge=len(facilities.edge))
    log = []
    if n_off:
        log.append(log_line("{n_off} of {n} facilities are farther than the snap distance from "
                            "the network (or have no geometry) and get no service area.",
                            n_off=int(n_off), n=len(facilities.edge)))
    cache = _BufferCache(EdgeGeometry(network), shoulder_m, quad_segs)
    graph = graph or SearchGraph(network)
    fac_edge, fac_off = facilities.edge[ok], facilities.offset[ok]
    rows_fac, rows_lo, rows_hi, rows_geom = [], [], [], []
    cancelled = False
    # the dissolved polygons (all facilities): the output in dissolved mode, the summary always
    nd_all = graph.node_distances(facilities, limit=budgets[-1])
    if per_facility and graph.costs is not None:
        # direction-dependent costs: one bounded search per facility on the reversed graph
        largest = _polygons_for(cache, nd_all, budgets[-1:], fac_edge, fac_off, False,
                                costs=graph.costs)[0]
        for i, fi in enumerate(ok):
            if progress.is_canceled():
                cancelled = True
                break
            one = np.zeros(len(facilities.edge), dtype=bool)
            one[fi] = True
            nd = graph.node_distances(facilities, one, limit=budgets[-1])
            polys = _polygons_for(cache, nd, budgets, facilities.edge[fi:fi + 1],
                                  facilities.offset[fi:fi + 1], rings, costs=graph.costs)
            for lo, hi, p in zip(lows, bands, polys):
                rows_fac.append(fi)
                rows_lo.append(lo)
                rows_hi.append(hi)
                rows_geom.append(p)
            progress.progress(100.0 * (i + 1) / len(ok))
    elif per_facility:
        largest = _polygons_for(cache, nd_all, budgets[-1:], fac_edge, fac_off, False)[0]
        progress.progress(5.0)
        for i, (fi, ends, edges) in enumerate(_per_facility_distances(network, facilities, ok,
                                                                      budgets[-1], graph)):
            if progress.is_canceled():
                cancelled = True
                break
            polys = _polygons_for(cache, ends, budgets, facilities.edge[fi:fi + 1],
                                  facilities.offset[fi:fi + 1], rings, edges)
            for lo, hi, p in zip(lows, bands, polys):
                rows_fac.append(fi)
                rows_lo.append(lo)
                rows_hi.append(hi)
                rows_geom.append(p)
            progress.progress(5.0 + 95.0 * (i + 1) / len(ok))
    else:
        polys = _polygons_for(cache, nd_all, budgets, fac_edge, fac_off, rings,
                              costs=graph.costs)
        largest = polys[-1] if not rings else union_geometries(polys)
        for lo, hi, p in zip(lows, bands, polys):
            rows_fac.append(-1)
            rows_lo.append(lo)
            rows_hi.append(hi)
            rows_geom.append(p)
        progress.progress(100.0)
    # rows in facility order (the searches ran in chunks of nearby facilities)
    order = np.lexsort((np.array(rows_hi, float), np.array(rows_fac, dtype=np.int64)))
    rows_fac = np.array(rows_fac, dtype=np.int64)[order]
    rows_lo = np.array(rows_lo, float)[order]
    rows_hi = np.array(rows_hi, float)[order]
    rows_geom = [rows_geom[i] for i in order]
    return ServiceAreas(
        facility=rows_fac, band_from_min=rows_lo, band_min=rows_hi, geometry=rows_geom,
        area_m2=np.array([g.area for g in rows_geom], dtype=np.float64), bands_min=bands,
        largest_area_m2=float(largest.area), facilities_used=len(ok),
        facilities_off_network=n_off, log=log, cancelled=cancelled)


def _per_facility_distances(network, facilities, ok, limit, graph, chunk_budget=8_000_000):
    """Yield (facility index, (distance at from-nodes, at to-nodes), edge ids) per snapped
    facility: one bounded Dijkstra per facility, run in chunks of nearby facilities on the
    part of the network within reach (:class:`.manytomany.Regions`); the edges are those with
    an end in that part (the others cannot be reached)."""
    from scipy.sparse.csgraph import dijkstra

    from ..network.manytomany import Regions, with_virtual_sources
    w = graph.weights
    e = facilities.edge[ok]
    length = network.edge_length[e]
    frac = np.clip(np.where(length > 0, facilities.offset[ok] / np.where(length > 0, length, 1),
                            0.0), 0.0, 1.0)
    regions = Regions(network, None if w is network.edge_length else w, limit)
    beyond = 2.0 * limit + 1.0
    ef, et = network.edge_from, network.edge_to
    for c, (nodes, loc, sub) in regions.chunks(facilities.xy[ok], chunk_budget):
        m = len(nodes)
        la, lb = loc[ef[e[c]]], loc[et[e[c]]]
        g = with_virtual_sources(sub, np.maximum(la, 0), np.maximum(lb, 0),
                                 np.where(la >= 0, frac[c] * w[e[c]], beyond),
                                 np.where(lb >= 0, (1.0 - frac[c]) * w[e[c]], beyond))
        d = dijkstra(g, directed=True, indices=m + np.arange(len(c)), limit=limit)
        d[:, m] = np.inf  # column m stands for "outside the region"
        edges = np.flatnonzero((loc[ef] >= 0) | (loc[et] >= 0))
        ca = np.where(loc[ef[edges]] >= 0, loc[ef[edges]], m)
        cb = np.where(loc[et[edges]] >= 0, loc[et[edges]], m)
        for r in range(len(c)):
            yield int(ok[c[r]]), (d[r, ca], d[r, cb]), edges


__all__ = ["ServiceAreas", "service_areas", "parse_bands", "reached_stretches", "EdgeGeometry",
           "DEFAULT_SHOULDER_M", "DEFAULT_BANDS_MIN"]
