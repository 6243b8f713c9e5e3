"""The report engine: detect which analysis a result comes from (:mod:`.model`), build one
section per analysis (:mod:`.sections`, :mod:`.zones`, :mod:`.build`), draw charts
(:mod:`.charts`) and write HTML (:mod:`.html`). The names below are its public API."""
from ..common.errors import UrbanPlanError
from .build import build_report, group_items
from .html import format_value, render_html
from .model import Chart, ResultItem, detect_output

__all__ = ["UrbanPlanError", "build_report", "group_items", "format_value", "render_html",
           "Chart", "ResultItem", "detect_output"]
