"""What the fragment rule (core/network/fragments.py) changes on the sample cities.

For São Paulo (OSM extract + r5r's H3 hexagons with population and schools) and Helsinki (OSM
extract + HSY's 250 m population grid, destinations classified from the same OSM file by the
plugin's OSM category preset), runs the 15-minute-city engine twice on the same network:
every piece of the network kept (the behaviour before the rule) and with the rule's defaults.
It prints

- how many origins and people change from NULL to a value (per origin and per origin x
  category), and the reverse;
- that every per-origin distance equals an independent split-edge reference (networkx on a graph
  in which every snapped point splits its edge, tests/network_oracle.py) with the rule on;
- that origins where no fragment is involved (the origin did not move, nor did any destination
  of the category) have exactly the same distance with and without the rule;
- the same counts for other length limits (``--limits``).

No QGIS needed (GDAL's Python bindings read the files). Run from the repository root:
``/work/main/.venv/bin/python tools/fragment_effect.py``.
"""
import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
DATA = ROOT / "resources" / "data"

from urbanplan_plugin.core.network.build import LineSet, build_network  # noqa: E402
from urbanplan_plugin.core.network.fragments import (  # noqa: E402
    MIN_COMPONENT_M,
    MIN_COMPONENT_NODES,
)
from urbanplan_plugin.core.network.osm import is_walkable, parse_other_tags  # noqa: E402
from urbanplan_plugin.core.network.snap import EdgeIndex  # noqa: E402
from urbanplan_plugin.core.walk.fifteenminutecity import walk_access  # noqa: E402

SNAP_M = 200.0          # the analyses' default snap distance
THRESHOLD_MIN = 15.0    # default threshold; the search horizon is twice it (2 400 m)


def _transform(src_epsg, dst_epsg):
    from osgeo import osr
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(src_epsg)
    dst.ImportFromEPSG(dst_epsg)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(src, dst)


def osm_network(path, epsg):
    """The walking network of an OSM file (GDAL's lines layer, the engine's OSM filter)."""
    from osgeo import ogr
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("lines")
    xf = _transform(4326, epsg)
    parts = []
    for feat in layer:
        if not is_walkable(feat.GetField("highway"), parse_other_tags(feat.GetField("other_tags"))):
            continue
        geom = feat.GetGeometryRef()
        if geom is None:
            continue
        geom = geom.Clone()
        geom.Transform(xf)
        pts = np.array(geom.GetPoints())[:, :2] if geom.GetPointCount() else None
        if pts is not None and len(pts) >= 2:
            parts.append(pts)
    return build_network(LineSet.from_lines(parts), tolerance=0.5, crs=f"EPSG:{epsg}")


def polygon_points(path, epsg, fields):
    """Centroids (convex cells) of a polygon layer in EPSG ``epsg`` and the given fields."""
    from osgeo import ogr
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    src = layer.GetSpatialRef().GetAuthorityCode(None)
    xf = _transform(int(src), epsg) if int(src) != epsg else None
    xy, vals = [], []
    for feat in layer:
        g = feat.GetGeometryRef().Clone()
        if xf is not None:
            g.Transform(xf)
        c = g.Centroid()
        xy.append((c.GetX(), c.GetY()))
        vals.append([feat.GetField(f) for f in fields])
    return np.array(xy), np.array(vals, dtype=np.float64).reshape(len(xy), len(fields))


def osm_destinations(path, epsg):
    """Points and polygon centroids of an OSM file classified by the plugin's OSM preset."""
    import re

    from osgeo import ogr

    from urbanplan_plugin.core.presets import classify_tags, load_osm_mapping
    mapping = load_osm_mapping()
    ds = ogr.Open(str(path))
    xf = _transform(4326, epsg)
    xy, labels = [], []
    for name in ("points", "multipolygons"):
        layer = ds.GetLayerByName(name)
        defn = layer.GetLayerDefn()
        cols = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        for feat in layer:
            tags = {}
            other = feat.GetField("other_tags") if "other_tags" in cols else None
            if other:
                tags.update(dict(re.findall(r'"([^"]+)"=>"([^"]*)"', other)))
            for c in cols:
                if c in ("osm_id", "osm_way_id", "other_tags", "name", "z_order"):
                    continue
                v = feat.GetField(c)
                if v not in (None, ""):
                    tags[c] = str(v)
            cat = classify_tags(tags, mapping)
            geom = feat.GetGeometryRef()
            if cat is None or geom is None:
                continue
            g = geom.Clone()
            g.Transform(xf)
            p = g if name == "points" else g.PointOnSurface()
            if p is None:
                continue
            xy.append((p.GetX(), p.GetY()))
            labels.append(cat)
    return np.array(xy).reshape(-1, 2), np.array(labels, dtype=object)


def city(name):
    if name == "sao_paulo":
        net = osm_network(DATA / "sao_paulo" / "spo_osm.pbf", 32723)
        oxy, vals = polygon_points(DATA / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg", 32723,
                                   ["population", "schools"])
        pop = vals[:, 0]
        has = vals[:, 1] > 0
        # schools: the hexagons that hold one (r5r's sample counts them per hexagon)
        return net, oxy, pop, oxy[has], np.full(int(has.sum()), "school", dtype=object)
    net = osm_network(DATA / "helsinki" / "Helsinki.osm.pbf", 32635)
    oxy, vals = polygon_points(DATA / "helsinki" / "helsinki_population_grid_2020.gpkg", 32635,
                               ["population"])
    dxy, labels = osm_destinations(DATA / "helsinki" / "Helsinki.osm.pbf", 32635)
    return net, oxy, vals[:, 0], dxy, labels


def reference_distances(net, res, o_snap, d_snap, labels):
    """Per origin x category: networkx on the split-edge graph (tests/network_oracle.py)."""
    import networkx as nx
    from network_oracle import split_graph
    g = split_graph(net, {"o": o_snap, "d": d_snap})
    out = np.full(res.dist.shape, np.nan)
    for j, rule in enumerate(res.rules):
        keys = {k.casefold() for k in rule.match}
        src = [("d", int(i)) for i in np.flatnonzero(d_snap.ok)
               if str(labels[i]).casefold() in keys]
        if not src:
            continue
        d = nx.multi_source_dijkstra_path_length(g, src, cutoff=res.horizon_m[j] + 1e-6,
                                                 weight="length")
        for i in np.flatnonzero(o_snap.ok):
            v = d.get(("o", int(i)))
            if v is not None:
                out[i, j] = v
    return out


def measure(name, limits):
    net, oxy, pop, dxy, labels = city(name)
    print(f"\n== {name}: {net.node_count} nodes, {net.edge_count} edges, "
          f"{net.components()[0]} connected pieces; {len(oxy)} origins "
          f"({pop.sum():,.0f} people), {len(dxy)} destinations in "
          f"{len(set(labels))} categories")
    keep_all = EdgeIndex(net, keep=np.ones(net.edge_count, dtype=bool))
    before = walk_access(net, oxy, dxy, labels, threshold_min=THRESHOLD_MIN, max_snap_m=SNAP_M,
                         index=keep_all)
    for m_limit in limits:
        index = EdgeIndex(net, min_component_nodes=MIN_COMPONENT_NODES, min_component_m=m_limit)
        after = walk_access(net, oxy, dxy, labels, threshold_min=THRESHOLD_MIN,
                            max_snap_m=SNAP_M, index=index)
        pruned = ~index.kept
        nb, na = np.isnan(before.dist), np.isnan(after.dist)
        gained = nb & ~na
        lost = ~nb & na
        o_gain = gained.any(axis=1)
        o_all = nb.all(axis=1) & ~na.all(axis=1)
        o_lost = lost.any(axis=1)
        print(f"-- limits: fewer than {MIN_COMPONENT_NODES} nodes and shorter than "
              f"{m_limit:g} m -> {int(pruned.sum())} edges "
              f"({net.edge_length[pruned].sum() / 1000:.2f} km) in "
              f"{len(np.unique(net.components()[1][net.edge_from[pruned]]))} pieces pruned")
        print(f"   origins moved off a fragment: {int(after.origin_moved.sum())}; "
              f"destination points moved: {int(index.snap(dxy, SNAP_M).moved.sum())}")
        print(f"   NULL -> value: {int(o_gain.sum())} origins ({pop[o_gain].sum():,.0f} people) "
              f"in at least one category, {int(gained.sum())} origin x category pairs; "
              f"{int(o_all.sum())} origins ({pop[o_all].sum():,.0f} people) had NULL in every "
              "category before")
        print(f"   value -> NULL: {int(o_lost.sum())} origins ({pop[o_lost].sum():,.0f} people),"
              f" {int(lost.sum())} pairs")
        if m_limit != limits[0]:
            continue
        o_snap = index.snap(oxy, SNAP_M)
        d_snap = index.snap(dxy, SNAP_M)
        ref = reference_distances(net, after, o_snap, d_snap, labels)
        same_null = np.array_equal(np.isnan(ref), np.isnan(after.dist))
        both = ~np.isnan(ref) & ~np.isnan(after.dist)
        diff = float(np.max(np.abs(ref[both] - after.dist[both]))) if both.any() else 0.0
        print(f"   split-edge reference (rule on): NULL pattern equal: {same_null}; "
              f"{int(both.sum())} distances, largest difference {diff:.3g} m")
        # no fragment involved: the origin did not move, and only destinations that did not
        # move count (a destination that moved off a fragment may become someone's nearest)
        still = ~d_snap.moved
        b2 = walk_access(net, oxy, dxy[still], labels[still], rules=after.rules,
                         max_snap_m=SNAP_M, index=keep_all)
        a2 = walk_access(net, oxy, dxy[still], labels[still], rules=after.rules,
                         max_snap_m=SNAP_M, index=index)
        free = np.repeat(~after.origin_moved[:, None], len(after.rules), axis=1)
        nb2, na2 = np.isnan(b2.dist), np.isnan(a2.dist)
        eq_null = np.array_equal(nb2[free], na2[free])
        fb = free & ~nb2 & ~na2
        d2 = float(np.max(np.abs(b2.dist[fb] - a2.dist[fb]))) if fb.any() else 0.0
        print(f"   no fragment involved ({int(free.sum())} origin x category pairs of origins "
              f"that did not move, {int(still.sum())} destinations that did not move): NULL "
              f"pattern equal with and without the rule: {eq_null}; {int(fb.sum())} distances, "
              f"largest difference {d2:.3g} m")
        reasons = {}
        for r in after.null_reason:
            reasons[r] = reasons.get(r, 0) + 1
        print(f"   null_reason with the rule: {reasons}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cities", nargs="*", default=["sao_paulo", "helsinki"])
    ap.add_argument("--limits", nargs="*", type=float, default=[MIN_COMPONENT_M, 2400.0, 1e12],
                    help="length limits (m) to compare; the first is checked against the "
                         "split-edge reference")
    args = ap.parse_args()
    for name in args.cities:
        measure(name, args.limits)


if __name__ == "__main__":
    main()
