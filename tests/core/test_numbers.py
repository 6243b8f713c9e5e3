"""One number rule for the report, the Compare dock and the legends (core/common/numbers.py)."""
import math

import pytest

from urbanplan_plugin.core.common import numbers as N


@pytest.mark.parametrize("value, text", [
    (16.0, "16"), (4522, "4,522"), (1234.6, "1,235"), (3.066, "3.1"), (3.04, "3"),
    (0.273, "0.27"), (0.004, "0.004"), (-0.0004, "-0.0004"), (-0.001, "-0.001"),
    (0.0, "0"), (None, "–"), (math.nan, "–"), (math.inf, "–")])
def test_format_number(value, text):
    assert N.format_number(value) == text


@pytest.mark.parametrize("fn, args, text", [
    (N.format_share, (0.991,), "99.1%"), (N.format_share, (0.95,), "95%"),
    (N.format_share, (99.1, 1.0), "99.1%"), (N.format_share, (None,), "–"),
    (N.format_points, (0.066,), "+6.6 pp"), (N.format_points, (-0.02,), "-2 pp"),
    (N.format_points, (0.0001,), "0 pp"), (N.format_points, (-0.0001,), "0 pp"),
    (N.format_percent, (45.678,), "45.7%"), (N.format_percent, (1.5, True), "+1.5%"),
    (N.format_percent, (-3.0, True), "-3.0%"),
    # a change keeps the decimals of the values it is the difference of
    (N.format_change, (0.5, 3.25, 3.75), "+0.5"), (N.format_change, (-120.0, 4522, 4402), "-120"),
    (N.format_change, (0.0, 2.5, 2.5), "0"), (N.format_change, (None,), "–"),
    (N.format_bound, (6.666666,), "6.67"), (N.format_bound, (7.5,), "7.5"),
    (N.format_bound, (12.0,), "12"), (N.format_bound, (-0.001,), "0")])
def test_formats(fn, args, text):
    assert fn(*args) == text


def test_report_and_dock_agree_on_a_percentage():
    """The report's pct format and the dock's share read the same text for the same share."""
    assert N.format_value(96.2, "pct") == N.format_share(0.962) == "96.2%"
