"""`make bench`: speed and memory of UrbanPlan side by side with peer tools, as ratios.

Each benchmark module ``benchmarks/bench_*.py`` defines ``cases(quick)``: a list of (case name,
{tool name: (function name, kwargs[, python interpreter[, options]])}); options (a dict, all
optional): ``repeats`` for that tool, ``timeout`` in seconds, ``why`` (said after a timeout),
``needs`` (a path that must exist, else the row says what is missing). Every measurement runs in
a fresh Python process (so peak memory is that run's own), timed inside the process around the
work only (data generation excluded). A module's ``REPEATS`` (default 1) runs each case's tools
that many times, interleaved (tool A, B, C, A, B, C, ...), so a load on the shared machine hits
every tool alike; the table gives the minimum wall time, its spread (max - min), the minimum CPU
time and the largest peak memory. Results go to bench_output/results.md and .json; the first
tool of each case is UrbanPlan and the ratios are peer / UrbanPlan, on wall time and on CPU time
(the steadier one when other jobs share the machine). A module's ``goal_lines(rows)`` adds its
own closing table. A module's ``CHILD_ENV`` (a dict) is added to every child's environment."""
import argparse
import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench_output"


def measure(module, func, kwargs, timeout, python=None, child_env=None):
    """Run module.func(**kwargs) in a child; return (seconds, peak_mb, extra dict) or an error."""
    code = ("import json,sys,time;sys.path[:0]=[%r,%r];import %s as m;"
            "r=m.%s(**json.loads(sys.argv[1]));print('RESULT'+json.dumps(r))"
            % (str(ROOT), str(ROOT / "benchmarks"), module, func))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(child_env or {}))
    t0 = time.perf_counter()
    proc = subprocess.Popen([python or sys.executable, "-c", code, json.dumps(kwargs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"error": f"timeout after {timeout} s"}
    line = next((ln for ln in out.splitlines() if ln.startswith("RESULT")), None)
    if proc.returncode != 0 or line is None:
        return {"error": (err.strip().splitlines() or ["failed"])[-1][:200]}
    res = json.loads(line[6:])
    res.setdefault("wall_s", time.perf_counter() - t0)
    return res


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="comma-separated benchmark names (bench_NAME.py); "
                        "a name matching no file exactly selects those containing it")
    parser.add_argument("--quick", action="store_true", help="smaller sizes (smoke test)")
    parser.add_argument("--full", action="store_true",
                        help="every size pair of the grids (URBANPLAN_BENCH_FULL=1; long)")
    parser.add_argument("--repeats", type=int, help="override every module's REPEATS")
    parser.add_argument("--timeout", type=int, default=900)
    args = parser.parse_args()
    if args.full:
        os.environ["URBANPLAN_BENCH_FULL"] = "1"
    OUT.mkdir(exist_ok=True)
    sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
    rows = []
    paths = sorted((ROOT / "benchmarks").glob("bench_*.py"))
    if args.only:
        wanted = {w.strip().removeprefix("bench_") for w in args.only.split(",")}
        exact = [p for p in paths if p.stem[6:] in wanted]
        paths = exact or [p for p in paths if any(w in p.stem for w in wanted)]
    for path in paths:
        mod = importlib.import_module(path.stem)
        cases = mod.cases(quick=args.quick)
        print(f"\n## {path.stem[6:]}: {mod.__doc__.strip().splitlines()[0]}", flush=True)
        repeats = args.repeats or getattr(mod, "REPEATS", 1)
        for case, tools in cases:
            runs = {tool: [] for tool in tools}
            for rep in range(repeats):
                for tool, spec in tools.items():
                    func, kwargs = spec[0], spec[1]
                    python = spec[2] if len(spec) > 2 else None
                    opts = spec[3] if len(spec) > 3 else {}
                    if rep >= (opts.get("repeats") or repeats):
                        continue
                    if opts.get("needs") and not Path(opts["needs"]).exists():
                        runs[tool].append({"error": f"not installed: {opts['needs']} is missing"})
                        continue
                    res = measure(path.stem, func, kwargs, opts.get("timeout", args.timeout),
                                  python, getattr(mod, "CHILD_ENV", None))
                    if "error" in res and res["error"].startswith("timeout") and opts.get("why"):
                        res["error"] += f" ({opts['why']})"
                    runs[tool].append(res)
            base = None
            for tool, results in runs.items():
                good = [r for r in results if "error" not in r]
                if not good:
                    res = results[0]
                    print(f"  {case:<34} {tool:<28} ERROR {res['error']}", flush=True)
                    rows.append({"bench": path.stem, "case": case, "tool": tool, **res})
                    continue
                res = dict(min(good, key=lambda r: r["seconds"]))
                secs = [r["seconds"] for r in good]
                res["spread_s"] = max(secs) - min(secs)
                res["repeats"] = len(good)
                if all("cpu_s" in r for r in good):
                    res["cpu_s"] = min(r["cpu_s"] for r in good)
                res["peak_mb"] = max(r["peak_mb"] for r in good)
                if base is None:
                    base = res
                ratio_t = res["seconds"] / base["seconds"] if base["seconds"] > 0 else float("nan")
                ratio_c = (res["cpu_s"] / base["cpu_s"] if base.get("cpu_s") and "cpu_s" in res
                           else float("nan"))
                ratio_m = res["peak_mb"] / base["peak_mb"] if base["peak_mb"] > 0 else float("nan")
                note = res.get("note", "")
                cpu = f"{res['cpu_s']:>8.2f}" if "cpu_s" in res else "       -"
                print(f"  {case:<34} {tool:<28} {res['seconds']:>9.3f} s ±{res['spread_s']:<6.2f}"
                      f" cpu {cpu} s {res['peak_mb']:>8.0f} MB"
                      f"  x{ratio_t:>7.2f} time x{ratio_c:>7.2f} cpu  x{ratio_m:>5.1f} mem  {note}",
                      flush=True)
                rows.append({"bench": path.stem, "case": case, "tool": tool, **res,
                             "time_ratio_vs_urbanplan": ratio_t,
                             "cpu_ratio_vs_urbanplan": ratio_c,
                             "mem_ratio_vs_urbanplan": ratio_m})
    stem = "results" if not args.only else "results_" + args.only.replace(",", "_")
    (OUT / f"{stem}.json").write_text(json.dumps(rows, indent=1))
    load = os.getloadavg()
    lines = [f"Load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
             f"({os.cpu_count()} cores). Ratios are peer / UrbanPlan (> 1: UrbanPlan faster).",
             "",
             "| benchmark | case | tool | seconds (min) | spread s | runs | CPU s (min) | "
             "peak MB | time ratio | CPU ratio | memory ratio | note |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['bench']} | {r['case']} | {r['tool']} | error | | | | | | | | "
                         f"{r['error']} |")
        else:
            cpu = f"{r['cpu_s']:.2f}" if "cpu_s" in r else ""
            lines.append(f"| {r['bench']} | {r['case']} | {r['tool']} | {r['seconds']:.3f} | "
                         f"{r['spread_s']:.3f} | {r['repeats']} | {cpu} | {r['peak_mb']:.0f} | "
                         f"{r['time_ratio_vs_urbanplan']:.2f} | "
                         f"{r.get('cpu_ratio_vs_urbanplan', float('nan')):.2f} | "
                         f"{r['mem_ratio_vs_urbanplan']:.1f} | {r.get('note', '')} |")
    for path in paths:
        mod = importlib.import_module(path.stem)
        if hasattr(mod, "goal_lines"):
            lines += mod.goal_lines(rows)
    (OUT / f"{stem}.md").write_text("\n".join(lines) + "\n")
    print(f"\nwritten {OUT / (stem + '.md')}")


if __name__ == "__main__":
    main()
