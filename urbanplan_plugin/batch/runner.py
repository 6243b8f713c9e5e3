"""The batch runner: areas as Dask tasks, results per area, one result layer and one summary.

Driver (this process): reads the parameters, prepares what every area shares once (the network,
category rules, class tables, the grid), reads the areas, and submits one task per area that
has no finished result yet. Workers (processes of a local Dask cluster, or of an existing
cluster at ``--scheduler``): compute an area and write ``DIR/areas/<area>.gpkg`` (layers
``result`` and ``summary``) and, last, ``DIR/areas/<area>.json`` (status, timings, summary rows):
an area with that file is finished and is skipped when the batch runs again. An area that fails
writes ``DIR/areas/<area>.error.txt`` (its reason and the traceback) and does not stop the
others; it is computed again on the next run. At the end the driver joins the finished areas
into ``DIR/result.gpkg`` (layer ``result``) and ``DIR/summary.csv``, and writes
``DIR/batch.json`` (parameters, counts, timings, failures).
"""
import csv
import hashlib
import json
import math
import os
import sys
import time
import traceback
from dataclasses import dataclass, field

from ..core.common.errors import UrbanPlanError
from . import ogr_io
from .algorithms import get
from .areas import read_areas
from .errors import BatchError
from .params import read_parameters

RESULT_LAYER = "result"
SUMMARY_LAYER = "summary"
AREA_FIELD = "batch_area"
"""Field added to every output feature and summary row: the id of the area that computed it."""


@dataclass
class Job:
    """Everything a worker needs for any area (sent once to every worker)."""

    algorithm: str
    values: dict
    out_dir: str
    fingerprint: str
    crs_wkt: str = ""
    network: object = None
    extra: dict = field(default_factory=dict)

    @property
    def cache_dir(self):
        return os.path.join(self.out_dir, "_cache")

    @property
    def areas_dir(self):
        return os.path.join(self.out_dir, "areas")


@dataclass
class BatchResult:
    out_dir: str
    total: int
    done: int
    skipped: int
    failed: dict
    seconds: float
    area_seconds: list
    workers: int
    result_path: str = ""
    summary_path: str = ""
    log: list = field(default_factory=list)
    compute_seconds: float = 0.0   # from the first area sent to the last one back

    @property
    def ok(self):
        return not self.failed


def plugin_root():
    """The folder holding the ``urbanplan_plugin`` package (what workers need on sys.path)."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fingerprint(algorithm, raw_params, areas_uri, area_id):
    text = json.dumps([algorithm, sorted(raw_params.items()), str(areas_uri), area_id or ""],
                      default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- worker task

def area_paths(job, area):
    base = os.path.join(job.areas_dir, area.safe)
    return base + ".gpkg", base + ".json", base + ".error.txt"


def is_done(job, area):
    """An area is finished when its record and its GeoPackage are both there."""
    gpkg, marker, _ = area_paths(job, area)
    return os.path.exists(marker) and os.path.exists(gpkg)


def run_area(job, area):
    """Compute and write one area; never raises (a failure is returned with its reason)."""
    from .algorithms import Context
    gpkg, marker, error = area_paths(job, area)
    t0 = time.perf_counter()
    try:
        adapter = get(job.algorithm)
        ctx = Context(job, area)
        out = adapter.run_area(ctx)
        write_area(gpkg, out, area.id)
        seconds = time.perf_counter() - t0
        record = {"area": area.id, "status": "done", "seconds": seconds,
                  "stats": out.stats, "log": out.log, "summary": _jsonable(out.summary)}
        tmp = marker + ".part"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(record, fh)
        os.replace(tmp, marker)
        if os.path.exists(error):
            os.remove(error)
        return {"area": area.id, "status": "done", "seconds": seconds,
                "features": out.stats.get("features", 0)}
    except Exception as exc:  # noqa: BLE001 - one failing area never stops the others
        reason = engine_text(exc)
        with open(error, "w", encoding="utf-8") as fh:
            fh.write(reason + "\n\n" + traceback.format_exc())
        return {"area": area.id, "status": "failed", "reason": reason,
                "seconds": time.perf_counter() - t0}


def engine_text(exc):
    if isinstance(exc, UrbanPlanError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _jsonable(rows):
    out = []
    for row in rows:
        clean = {}
        for k, v in row.items():
            if hasattr(v, "item"):
                v = v.item()
            if isinstance(v, float) and not math.isfinite(v):
                v = None
            clean[k] = v
        out.append(clean)
    return out


def write_area(path, out, area_id):
    """The area's GeoPackage: layer ``result`` (features + result columns + batch_area) and the
    summary table; written under a temporary name, then renamed."""
    tmp = path[:-5] + ".part.gpkg"
    writer = ogr_io.GpkgWriter(tmp)
    lw = writer.layer(RESULT_LAYER, out.srs, out.geometry_type, out.copy_fields,
                      list(out.new_fields) + [(AREA_FIELD, "string")])
    rows = out.rows()
    for r in rows:
        r.append(area_id)
    lw.write(rows, out.wkb, out.fids)
    spec = summary_spec(out.summary)
    sw = writer.layer(SUMMARY_LAYER, None, "none", (), [(AREA_FIELD, "string")] + spec)
    sw.write([[area_id] + [_cell(row.get(k)) for k, _ in spec] for row in out.summary])
    writer.close()
    os.replace(tmp, path)


def summary_spec(rows):
    """[(column, kind)] of summary rows, in their order: text columns as strings, the rest as
    numbers."""
    spec = {}
    for row in rows:
        for k, v in row.items():
            if k not in spec or spec[k] == "double" and isinstance(v, str):
                spec[k] = "string" if isinstance(v, str) else spec.get(k, "double")
    return list(spec.items())


def _cell(v):
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, bool):
        return int(v)
    return v


# --------------------------------------------------------------------------- progress

class ProgressBar:
    """One line redrawn on a terminal; one line per area otherwise (``[k/N] ...``, the form
    the batchareas Processing algorithm follows)."""

    def __init__(self, total, stream=None, enabled=True):
        self.total, self.done, self.failed = total, 0, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.t0 = time.perf_counter()

    def update(self, res):
        self.done += 1
        if res["status"] != "done":
            self.failed += 1
        if not self.enabled:
            return
        elapsed = max(time.perf_counter() - self.t0, 1e-9)
        rate = 60.0 * self.done / elapsed
        if self.tty:
            width = 30
            full = int(width * self.done / max(self.total, 1))
            bar = "#" * full + "." * (width - full)
            text = (f"\r[{bar}] {self.done}/{self.total} areas, {self.failed} failed, "
                    f"{rate:.1f} areas/min")
            self.stream.write(text)
            if res["status"] != "done":
                self.stream.write(f"\n  area {res['area']} failed: {res['reason']}\n")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            if res["status"] == "done":
                text = (f"[{self.done}/{self.total}] area {res['area']}: "
                        f"done in {res['seconds']:.2f} s")
            else:
                text = f"[{self.done}/{self.total}] area {res['area']}: FAILED: {res['reason']}"
            self.stream.write(text + "\n")
        self.stream.flush()


# --------------------------------------------------------------------------- Dask

def default_workers():
    return max(1, min(os.cpu_count() or 1, 4))


class Cluster:
    """A Dask client: a LocalCluster of ``workers`` single-threaded processes (on 127.0.0.1),
    or a connection to an existing scheduler."""

    def __init__(self, scheduler=None, workers=None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise BatchError("The batch needs Dask: install the Debian packages "
                             "python3-dask and python3-distributed (make setup).") from exc
        self.cluster = None
        root = plugin_root()
        paths = os.environ.get("PYTHONPATH", "")
        if root not in paths.split(os.pathsep):
            os.environ["PYTHONPATH"] = root + (os.pathsep + paths if paths else "")
        if scheduler:
            self.client = Client(scheduler, timeout="30s")
        else:
            import logging
            self.cluster = LocalCluster(n_workers=workers or default_workers(),
                                        threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address=None,
                                        silence_logs=logging.ERROR)
            self.client = Client(self.cluster)

    @property
    def worker_count(self):
        return len(self.client.scheduler_info().get("workers", {}))

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --------------------------------------------------------------------------- driver

def prepare_job(algorithm, raw_params, out_dir, areas_uri, area_id=None):
    """Check the parameters and prepare what all areas share. Returns (job, log)."""
    adapter = get(algorithm)
    values = read_parameters(adapter.PARAMS, raw_params, algorithm)
    out_dir = os.path.abspath(out_dir)
    job = Job(algorithm, values, out_dir, fingerprint(algorithm, raw_params, areas_uri, area_id))
    _check_same_run(job, raw_params, areas_uri, area_id)
    os.makedirs(job.areas_dir, exist_ok=True)
    os.makedirs(job.cache_dir, exist_ok=True)
    log = []
    adapter.check_supported(values)
    adapter.prepare(values, job, log)
    return job, log


def _check_same_run(job, raw_params, areas_uri, area_id):
    path = os.path.join(job.out_dir, "batch.json")
    if not os.path.exists(path):
        return
    try:
        with open(path, encoding="utf-8") as fh:
            old = json.load(fh)
    except (OSError, ValueError):
        return
    if old.get("fingerprint") and old["fingerprint"] != job.fingerprint:
        raise BatchError("The output folder {d} holds a batch with other settings "
                         "({a}). Choose another --out folder or empty this one.",
                         d=job.out_dir, a=old.get("algorithm", "?"))


def run_batch(algorithm, areas_uri, raw_params, out_dir, area_id=None, scheduler=None,
              workers=None, progress=True, stream=None, cluster=None):
    """Run ``algorithm`` over every area of ``areas_uri``; see the module doc. ``cluster``: an
    open :class:`Cluster` to reuse (benchmarks). Returns a :class:`BatchResult`."""
    t0 = time.perf_counter()
    stream = stream or sys.stderr
    job, log = prepare_job(algorithm, raw_params, out_dir, areas_uri, area_id)
    areas = read_areas(areas_uri, area_id, ogr_io.srs_from_wkt(job.crs_wkt))
    todo = [a for a in areas if not is_done(job, a)]
    skipped = len(areas) - len(todo)
    if progress:
        for line in log:
            stream.write(line + "\n")
        stream.write(f"{len(areas)} areas: {skipped} already finished, {len(todo)} to compute.\n")
        stream.flush()
    results = []
    n_workers = 0
    t_compute = time.perf_counter()
    if todo and workers == 0 and not scheduler and cluster is None:
        # no Dask: the areas one after the other in this process (debugging, small runs)
        bar = ProgressBar(len(todo), stream, progress)
        for area in todo:
            res = run_area(job, area)
            results.append(res)
            bar.update(res)
    elif todo:
        own = cluster is None
        cluster = cluster or Cluster(scheduler, workers)
        try:
            n_workers = cluster.worker_count
            t_compute = time.perf_counter()
            results = _run_tasks(cluster.client, job, todo, ProgressBar(len(todo), stream,
                                                                        progress))
        finally:
            if own:
                cluster.close()
    t_compute = time.perf_counter() - t_compute
    failed = {r["area"]: r["reason"] for r in results if r["status"] != "done"}
    done_areas = [a for a in areas if is_done(job, a)]
    result_path, summary_path = merge(job, done_areas)
    res = BatchResult(job.out_dir, len(areas), len(results) - len(failed), skipped, failed,
                      time.perf_counter() - t0,
                      [r["seconds"] for r in results if r["status"] == "done"], n_workers,
                      result_path, summary_path, log, t_compute)
    _write_record(job, res, raw_params, areas_uri, area_id)
    if progress:
        stream.write(f"Finished {res.done} area(s) in {res.seconds:.1f} s"
                     + (f", {len(failed)} failed (see {job.areas_dir}/*.error.txt)" if failed
                        else "") + f". Result: {result_path}\n")
        stream.flush()
    return res


def _run_tasks(client, job, areas, bar):
    from dask.distributed import as_completed
    job_future = client.scatter(job, broadcast=True)
    futures = {client.submit(run_area, job_future, a, pure=False,
                             key=f"urbanplan-{job.fingerprint[:12]}-{a.position}-{a.safe}"): a
               for a in areas}
    results = []
    for fut in as_completed(list(futures)):
        area = futures[fut]
        try:
            res = fut.result()
        except Exception as exc:  # noqa: BLE001 - a worker died or the task could not run
            res = {"area": area.id, "status": "failed", "reason": engine_text(exc),
                   "seconds": 0.0}
        results.append(res)
        bar.update(res)
    return results


def merge(job, areas):
    """DIR/result.gpkg and DIR/summary.csv from the finished areas (in the areas' order)."""
    result_path = os.path.join(job.out_dir, "result.gpkg")
    summary_path = os.path.join(job.out_dir, "summary.csv")
    sources = [area_paths(job, a)[0] for a in areas]
    if sources:
        tmp = result_path[:-5] + ".part.gpkg"
        ogr_io.append_layers(tmp, RESULT_LAYER, sources)
        os.replace(tmp, result_path)
    rows, columns = [], [AREA_FIELD]
    for a in areas:
        with open(area_paths(job, a)[1], encoding="utf-8") as fh:
            record = json.load(fh)
        for row in record.get("summary", []):
            for k in row:
                if k not in columns:
                    columns.append(k)
            rows.append({AREA_FIELD: a.id, **row})
    with open(summary_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=columns)
        w.writeheader()
        for row in rows:
            w.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in columns})
    return (result_path if sources else ""), summary_path


def _write_record(job, res, raw_params, areas_uri, area_id):
    record = {"algorithm": job.algorithm, "fingerprint": job.fingerprint,
              "areas": str(areas_uri), "area_id": area_id, "parameters": raw_params,
              "areas_total": res.total, "areas_computed": res.done,
              "areas_skipped": res.skipped, "failed": res.failed,
              "seconds": res.seconds, "compute_seconds": res.compute_seconds,
              "workers": res.workers,
              "area_seconds_mean": (sum(res.area_seconds) / len(res.area_seconds)
                                    if res.area_seconds else None),
              "network": getattr(job.network, "kind", None), "log": res.log}
    with open(os.path.join(job.out_dir, "batch.json"), "w", encoding="utf-8") as fh:
        json.dump(record, fh, indent=1, default=str)
