"""Helpers for benchmark workers: time a block and read this process's peak memory."""
import resource
import time
from contextlib import contextmanager


def peak_mb():
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


@contextmanager
def timed(result):
    """Fill result['seconds'] with the block's wall time, result['cpu_s'] with this process's
    CPU seconds (all threads) and result['peak_mb'] afterwards."""
    c0 = time.process_time()
    t0 = time.perf_counter()
    yield result
    result["seconds"] = time.perf_counter() - t0
    result["cpu_s"] = time.process_time() - c0
    result["peak_mb"] = peak_mb()


def grid_lines(n_segments):
    """A square street grid with about ``n_segments`` 100 m segments, as coordinate arrays
    (each street one line through all its junctions, as municipal centre lines often are)."""
    import numpy as np
    side = max(int(round((n_segments / 2) ** 0.5)) + 1, 2)
    xs = np.arange(side) * 100.0
    lines = []
    for i in range(side):
        lines.append(np.c_[xs, np.full(side, xs[i])])
        lines.append(np.c_[np.full(side, xs[i]), xs])
    return lines
