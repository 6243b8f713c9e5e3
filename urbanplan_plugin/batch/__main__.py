"""``python3 -m urbanplan_plugin.batch``: see docs/batch.md and ``--help``."""
import argparse
import sys


def main(argv=None):
    from .algorithms import ALGORITHMS
    parser = argparse.ArgumentParser(
        prog="python3 -m urbanplan_plugin.batch",
        description="Run one UrbanPlan analysis over many areas (cities or tiles of a region) "
                    "without QGIS, on a local or remote Dask cluster. Each area is computed "
                    "with a halo as wide as the analysis's search horizon, so every result "
                    "equals that of one whole-region run.",
        epilog="Parameters are the Processing algorithm's (qgis_process help urbanplan:NAME); "
               "layers are whole-region files: path or 'path|layername=NAME'. Outputs: "
               "DIR/areas/<area>.gpkg, DIR/result.gpkg, DIR/summary.csv, DIR/batch.json. "
               "Finished areas are skipped when the same command runs again.")
    parser.add_argument("algorithm", choices=sorted(ALGORITHMS),
                        help="the Processing algorithm id (without 'urbanplan:')")
    parser.add_argument("--areas", required=True,
                        help="polygon layer of the areas (city boundaries or tiles)")
    parser.add_argument("--area-id", default=None,
                        help="field naming each area (default: the feature id)")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a Processing parameter, e.g. --param THRESHOLD_MIN=15 (repeat)")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--scheduler", default=None,
                        help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                             "(default: a local cluster)")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes of the local cluster (default: the CPU count, "
                             "at most 4; 0 = no Dask, the areas one by one in this process)")
    parser.add_argument("--quiet", action="store_true", help="no progress output")
    args = parser.parse_args(argv)

    from ..core.common.errors import UrbanPlanError
    from .params import parse_pairs
    from .runner import run_batch
    try:
        raw = parse_pairs(args.param)
        res = run_batch(args.algorithm, args.areas, raw, args.out, area_id=args.area_id,
                        scheduler=args.scheduler, workers=args.workers,
                        progress=not args.quiet)
    except UrbanPlanError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("interrupted: finished areas are kept; run the same command again to "
                         "go on.\n")
        return 130
    if res.failed:
        for area, reason in res.failed.items():
            sys.stderr.write(f"area {area} failed: {reason}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
