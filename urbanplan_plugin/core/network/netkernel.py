"""Compiled kernels of the network engine (optional: numba).

Why: exact snapping (:class:`.snap.EdgeIndex`) is a search ring by ring over grid cells, a
few dozen point-to-segment distances per point. In numpy each ring is a dozen whole-array
passes over (point, candidate) pairs, so snapping 100 000 homes costs more than the
searches themselves on a small network; the same holds for what follows each search (the
distance of every origin through either end of its edge or along it, the scores, the
population summary with its weighted quantiles), which numpy does in many passes and
temporary arrays. Compiled, each is one or two passes over the origins: the same candidates,
the same formulas in the same order (IEEE double, no fast-math), so the answers are the very
same numbers (sums over origins excepted: another order, the same to the last bits);
``tests/core/test_network_kernels.py`` compares both paths.

When: numba's import costs some 0.2-0.3 s, more than the numpy path needs for a few hundred
thousand points, so a one-off run on a city (``qgis_process``) stays on numpy; the kernels are
used once this process has them (a QGIS session after a large run, the benchmarks load them
up front) or when a job is large enough to pay for the import
(:data:`MIN_POINTS`). ``URBANPLAN_NETWORK_KERNEL=numpy`` forces numpy, ``=numba`` the kernels.
"""
import numpy as np

from ..common.compiled import OptionalKernels

ENV = "URBANPLAN_NETWORK_KERNEL"
MIN_POINTS = 400_000
"""Points (or values to summarise) from which the kernels pay for numba's import (measured:
the numpy path snaps about 3 million points per CPU second on street grids; the import and
the cache load take 0.2-0.3 s)."""


def _build():
    from . import netkernel_compiled
    return netkernel_compiled


_KERNELS = OptionalKernels(ENV, _build)
_STATE = _KERNELS.state


def kernels():
    """The compiled kernels, building them (or loading numba's cache) now if need be; None
    without numba or when the environment asks for numpy."""
    return _KERNELS.get() if _KERNELS.wanted() else None


def for_size(n: int):
    """The kernels when they are worth it for a job over ``n`` points or values (see the
    module docstring)."""
    if not _KERNELS.wanted():
        return None
    if _KERNELS.forced() or n >= MIN_POINTS:
        return _KERNELS.get()
    return _KERNELS.loaded()


def kernel_arg(a, dtype=None) -> np.ndarray:
    """``a`` as the kernels take their arrays: C-contiguous, writable (their signatures are
    fixed, and numba types a read-only array apart: a network loaded from a file, a
    broadcast value), of ``dtype``; copied only when it is not so already."""
    return np.require(a, dtype=dtype, requirements=["C", "W"])


def unavailable_reason() -> str:
    return _KERNELS.reason()
