"""`make scale-demo`: UrbanPlan's headless batch on many cities and on a tiled region.

1. 100 simulated small cities (street grids with homes and services, urbanplan_plugin/batch/
   synthetic.py; seeded, offline) in one region: their network is prepared once (arrays stored
   with it), then ``fifteenminutecity`` runs for every city on a local Dask cluster.
   A sample of cities is checked against single runs: each sampled city alone (its own streets
   built into a network of its own, its own homes and services) through the engine call the
   Processing algorithm makes. Prints areas per minute per worker.
2. One larger city cut into 16 tiles: the tiles' combined result equals the untiled run, value
   for value, for every home.

    python3 tools/scale_demo.py [--cities 100] [--workers 2] [--out scale_demo_output]
"""
import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from urbanplan_plugin.batch import ogr_io  # noqa: E402
from urbanplan_plugin.batch.runner import Cluster, run_batch  # noqa: E402
from urbanplan_plugin.batch.synthetic import write_region  # noqa: E402


def params_for(paths, network=None):
    return {"ORIGINS": paths["homes"], "POPULATION_FIELD": "population",
            "GROUP_FIELDS": "children,elderly", "DESTINATIONS": paths["services"],
            "CATEGORY_FIELD": "category", "NETWORK": network or paths["network"]}


def result_table(out_dir, key="home_id"):
    layer = ogr_io.VectorLayer(os.path.join(out_dir, "result.gpkg") + "|layername=result")
    names = [n for n in layer.field_names() if n != "batch_area"]
    feats = layer.read(names + ["batch_area"], geometry=False)
    layer.close()
    rows = {feats.attrs[key][i]: {n: feats.attrs[n][i] for n in names}
            for i in range(len(feats))}
    area = {feats.attrs[key][i]: feats.attrs["batch_area"][i] for i in range(len(feats))}
    return rows, area


def single_city_check(paths, cities, rows, tol=0.005 + 1e-9):
    """Each sampled city on its own: its streets -> a fresh network, its homes and services ->
    walk_access (the engine call of urbanplan:fifteenminutecity). Returns (homes, values)
    compared; raises when a distance differs by more than the output rounding (0.01 m)."""
    from urbanplan_plugin.core.network.build import LineSet, build_network
    from urbanplan_plugin.core.walk.fifteenminutecity import walk_access
    homes = ogr_io.VectorLayer(paths["homes"]).read(["home_id", "city"])
    serv = ogr_io.VectorLayer(paths["services"]).read(["category"])
    streets = ogr_io.VectorLayer(paths["streets"]).read([])
    areas = ogr_io.VectorLayer(paths["areas"]).read(["city"])
    hxy = ogr_io.representative_points(homes.wkb)
    sxy = ogr_io.representative_points(serv.wkb)
    from urbanplan_plugin.core.geometry.wkb import lines_from_wkb
    all_lines, _ = lines_from_wkb(streets.wkb)
    starts = all_lines.coords[all_lines.offsets[:-1]]
    n_homes = n_values = 0
    for city in cities:
        i = areas.attrs["city"].index(city)
        x0, y0, x1, y1 = ogr_io.wkb_bounds([areas.wkb[i]])[0]

        def inside(xy, x0=x0, y0=y0, x1=x1, y1=y1):
            return (xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1)

        keep_lines = np.flatnonzero(inside(starts))
        net = build_network(LineSet.from_lines([all_lines.line(k) for k in keep_lines]),
                            tolerance=0.5)
        h = np.flatnonzero(np.array(homes.attrs["city"], dtype=object) == city)
        s = np.flatnonzero(inside(sxy))
        res = walk_access(net, hxy[h], sxy[s], np.array(serv.attrs["category"],
                                                        dtype=object)[s])
        for a, hi in enumerate(h):
            row = rows[homes.attrs["home_id"][hi]]
            for j, rule in enumerate(res.rules):
                got = row[f"dist_{res.fields[rule.name]}_m"]
                want = res.dist[a, j]
                if not np.isfinite(want):
                    assert got is None, (city, homes.attrs["home_id"][hi], rule.name)
                else:
                    assert got is not None and abs(got - want) <= tol, \
                        (city, homes.attrs["home_id"][hi], rule.name, got, want)
                n_values += 1
        n_homes += len(h)
    return n_homes, n_values


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cities", type=int, default=100)
    parser.add_argument("--blocks", type=int, default=12, help="blocks per city side")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", type=int, default=5, help="cities checked one by one")
    parser.add_argument("--out", default=str(ROOT / "scale_demo_output"))
    args = parser.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    print(f"== 1. {args.cities} simulated cities, {args.workers} local workers", flush=True)
    t0 = time.perf_counter()
    paths = write_region(str(out / "cities"), cities=args.cities, blocks=args.blocks, seed=11)
    n_homes = ogr_io.VectorLayer(paths["homes"]).feature_count()
    n_edges = ogr_io.VectorLayer(paths['network']).feature_count()
    print(f"   data: {n_homes:,} homes, {ogr_io.VectorLayer(paths['services']).feature_count()} "
          f"services, network prepared once ({n_edges:,}"
          f" edges) in {time.perf_counter() - t0:.1f} s", flush=True)
    cluster = Cluster(workers=args.workers)
    try:
        res = run_batch("fifteenminutecity", paths["areas"], params_for(paths),
                        str(out / "cities_batch"), area_id="city", cluster=cluster,
                        progress=True, stream=sys.stdout)
        assert res.ok and res.done == args.cities, res.failed
        per_min = 60.0 * res.done / max(res.compute_seconds, 1e-9)
        print(f"   {res.done} cities in {res.compute_seconds:.1f} s of computing "
              f"({res.seconds:.1f} s with preparing and joining): {per_min:.0f} areas/min, "
              f"{per_min / max(res.workers, 1):.0f} areas/min per worker "
              f"({res.workers} workers; mean {np.mean(res.area_seconds):.2f} s per area)")
        rows, _ = result_table(res.out_dir)
        assert len(rows) == n_homes
        rng = np.random.default_rng(5)
        sample = sorted(rng.choice([f"city{c:03d}" for c in range(args.cities)],
                                   size=min(args.sample, args.cities), replace=False))
        homes, values = single_city_check(paths, sample, rows)
        print(f"   checked {len(sample)} cities ({', '.join(sample)}) against single runs: "
              f"{homes} homes, {values} distances equal (to the 0.01 m written)")

        print("== 2. one region cut into 16 tiles against the untiled run", flush=True)
        region = write_region(str(out / "region"), cities=1, blocks=3 * args.blocks, seed=12,
                              tiles=(4, 4))
        whole = run_batch("fifteenminutecity", region["areas"], params_for(region),
                          str(out / "region_whole"), area_id="city", cluster=cluster,
                          progress=False)
        tiled = run_batch("fifteenminutecity", region["tiles"], params_for(region),
                          str(out / "region_tiles"), area_id="tile", cluster=cluster,
                          progress=False)
        assert whole.ok and tiled.ok and tiled.total >= 16
        a, _ = result_table(whole.out_dir)
        b, owner = result_table(tiled.out_dir)
        assert a.keys() == b.keys()
        same = sum(a[k] == b[k] for k in a)
        values = sum(len(v) for v in a.values())
        print(f"   {tiled.total} tiles ({len(set(owner.values()))} with homes): {same} of "
              f"{len(a)} homes identical in every field ({values:,} values), untiled "
              f"{whole.compute_seconds:.1f} s, tiled {tiled.compute_seconds:.1f} s")
        assert same == len(a), "the tiled result differs from the untiled run"
    finally:
        cluster.close()
    print(f"Outputs in {out}")


if __name__ == "__main__":
    main()
