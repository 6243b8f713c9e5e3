"""The engine's fast replacements give exactly what the plain numpy calls give."""
import numpy as np

from urbanplan_plugin.core.common.compat import unique_rows_inverse
from urbanplan_plugin.core.network.build import _unique_xy


def test_unique_xy_equals_numpy_unique_rows():
    rng = np.random.default_rng(7)
    xy = rng.integers(-50, 50, size=(5000, 2)).astype(np.float64) * 0.5  # many duplicates
    xy[:10] = [[0.0, -0.0], [-0.0, 0.0], [1e9, -1e9], [-1e-300, 3], [2, 2], [2, 2],
               [2, 1], [1, 2], [0.1 + 0.2, 0.3], [0.3, 0.3]]
    u, inv = _unique_xy(xy)
    u0, inv0 = unique_rows_inverse(xy)
    np.testing.assert_array_equal(u, u0)
    np.testing.assert_array_equal(inv, inv0)
    np.testing.assert_array_equal(u[inv], xy)
    # hand check: sorted by x then y, one row per distinct point
    u2, inv2 = _unique_xy(np.array([[2.0, 1.0], [1.0, 5.0], [2.0, 1.0], [1.0, 4.0]]))
    np.testing.assert_array_equal(u2, [[1, 4], [1, 5], [2, 1]])
    np.testing.assert_array_equal(inv2, [2, 1, 2, 0])


def test_unique_xy_empty():
    u, inv = _unique_xy(np.empty((0, 2)))
    assert u.shape == (0, 2) and len(inv) == 0
