"""Optional compiled kernels (numba): one loader for every lens that has them.

Why optional: QGIS builds whose Python has no numba must still run everything, so every
compiled kernel has a numpy twin that computes the same answer, and the tests run both. The
kernels are built (or loaded from numba's cache) once per process, on first use; a failure is
remembered with its reason, never retried, never raised. An environment variable per lens
(``URBANPLAN_FLOOD_KERNEL``, ``URBANPLAN_NETWORK_KERNEL``) set to ``numpy`` forces the numpy
path; ``numba`` forces the compiled one where a lens would otherwise judge it not worth it.
"""
import os
import threading

NUMPY_WORDS = ("numpy", "0", "off", "no")
FORCE_WORDS = ("numba", "compiled", "1", "on", "yes")


class OptionalKernels:
    """A namespace of kernels made by ``build()`` on first :meth:`get`, or None (no numba,
    or a numba that cannot compile them here: :meth:`reason` says why)."""

    def __init__(self, env: str, build):
        self.env = env
        self._build = build
        self.state = {"tried": False, "kernels": None, "error": ""}
        self._lock = threading.Lock()

    def setting(self) -> str:
        return os.environ.get(self.env, "").strip().lower()

    def wanted(self) -> bool:
        """False when the environment asks for the numpy path."""
        return self.setting() not in NUMPY_WORDS

    def forced(self) -> bool:
        """True when the environment asks for the compiled path whatever the job's size."""
        return self.setting() in FORCE_WORDS

    def get(self):
        if not self.state["tried"]:
            with self._lock:          # two runs starting at once (a comparison) build once
                if not self.state["tried"]:
                    try:
                        self.state["kernels"] = self._build()
                    except Exception as exc:  # noqa: BLE001 - no numba, or it cannot compile
                        self.state["kernels"] = None
                        self.state["error"] = f"{type(exc).__name__}: {exc}"
                    self.state["tried"] = True
        return self.state["kernels"]

    def loaded(self):
        """The kernels if this process has already built them, else None (never builds)."""
        return self.state["kernels"] if self.state["tried"] else None

    def reason(self) -> str:
        self.get()
        return self.state["error"]
