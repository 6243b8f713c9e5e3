"""Report charts drawn with matplotlib (imported lazily; no pyplot, no global backend change, so
nothing in QGIS's own use of matplotlib is disturbed).

Kinds (``core.report.model.Chart.kind``): ``hbars`` (categories x groups, horizontal), ``bars``
(one series, vertical), ``pairs`` (baseline vs scenario, one small panel per indicator so
indicators of different units stay readable), ``cumulative`` (share of the population within t:
series of (values, weights)), ``hist`` (histogram).
"""
import os

import numpy as np

from ..common.errors import UrbanPlanError

PALETTE = ("#2166ac", "#67a9cf", "#ef8a62", "#b2182b", "#1b7837", "#762a83", "#999999",
           "#e08214", "#35978f", "#c51b7d")
VERDICT_COLOURS = {"better": "#2166ac", "worse": "#b2182b", "same": "#969696"}
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "Droid Sans Fallback", "Microsoft YaHei", "SimHei",
             "PingFang SC", "AR PL UMing CN")


def matplotlib_missing():
    """None, or a message naming the missing package."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return ("The report's charts need matplotlib (Debian/Ubuntu: apt install "
                "python3-matplotlib; Windows: it comes with QGIS's OSGeo4W installer).")
    return None


def _fonts():
    """Font families for the charts: a Chinese-capable one first when installed."""
    from matplotlib import font_manager
    names = {f.name for f in font_manager.fontManager.ttflist}
    return [n for n in CJK_FONTS if n in names] + ["DejaVu Sans", "Arial", "sans-serif"]


def _figure(width, height):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(width, height), dpi=130)
    FigureCanvasAgg(fig)
    return fig


def _style(ax):
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.grid(axis="both", color="#e6e6e6", linewidth=0.6)
    ax.set_axisbelow(True)


def _label(v):
    """A bar label: 12 345, 12.3, 0.123."""
    a = abs(v)
    if a >= 1000:
        return f"{v:,.0f}"
    if a >= 10:
        return f"{v:.1f}".rstrip("0").rstrip(".")
    return f"{v:.3g}"


def _vals(values):
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def render_chart(chart, path):
    """Draw ``chart`` (core.report.model.Chart) into a PNG at ``path``; returns the path."""
    missing = matplotlib_missing()
    if missing:
        raise UrbanPlanError(missing)
    import matplotlib
    with matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": _fonts(),
                                "font.size": 9, "axes.titlesize": 10.5,
                                "axes.unicode_minus": False}):
        fig = _draw(chart)
        fig.savefig(path, bbox_inches="tight", facecolor="white")
    return path


def _draw(chart):
    kind = chart.kind
    if kind == "hbars":
        return _hbars(chart)
    if kind == "bars":
        return _bars(chart)
    if kind == "pairs":
        return _pairs(chart)
    if kind == "cumulative":
        return _cumulative(chart)
    if kind == "hist":
        return _hist(chart)
    raise UrbanPlanError("Unknown chart kind '{kind}'.", kind=kind)


def _hbars(chart):
    cats = [str(c) for c in chart.categories]
    series = list(chart.series.items())
    n, k = len(cats), max(len(series), 1)
    fig = _figure(7.0, max(1.6, 0.32 * n * max(1, k * 0.7) + 1.0))
    ax = fig.add_subplot(111)
    height = 0.8 / k
    y = np.arange(n)
    for j, (name, values) in enumerate(series):
        v = _vals(values)
        pos = y - 0.4 + height * (j + 0.5)
        ax.barh(pos, np.nan_to_num(v), height=height * 0.95, label=name,
                color=chart.colors.get(name, PALETTE[j % len(PALETTE)]))
        if k <= 2:
            for p, val in zip(pos, v):
                if np.isfinite(val):
                    ax.text(val, p, f" {val:.0f}%" if chart.percent else " " + _label(val),
                            va="center", fontsize=7.5)
    ax.set_yticks(y)
    ax.set_yticklabels(cats)
    ax.invert_yaxis()
    if chart.percent:
        ax.set_xlim(0, 105)
    ax.set_xlabel(chart.xlabel)
    ax.set_title(chart.title, loc="left")
    if k > 1:
        # below the axis title, never over the bars (long group and profile names)
        axes_h = fig.get_figheight() * (fig.subplotpars.top - fig.subplotpars.bottom)
        longest = max(len(str(name)) for name, _v in series)
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.5 / axes_h), fontsize=7.5,
                  frameon=False, ncol=1 if longest > 28 else min(k, 3))
    _style(ax)
    return fig


def _bars(chart):
    cats = [str(c) for c in chart.categories]
    name, values = next(iter(chart.series.items()))
    v = _vals(values)
    fig = _figure(6.5, 3.2)
    ax = fig.add_subplot(111)
    if "_list" in chart.colors:
        colours = list(chart.colors["_list"])[:len(cats)]
    elif "_ramp" in chart.colors:
        from matplotlib import colormaps
        cmap = colormaps[chart.colors["_ramp"]]
        colours = [cmap(0.35 + 0.6 * i / max(len(cats) - 1, 1)) for i in range(len(cats))]
    else:
        colours = PALETTE[0]
    bars = ax.bar(range(len(cats)), np.nan_to_num(v), color=colours, edgecolor="#555555",
                  linewidth=0.4)
    for rect, val in zip(bars, v):
        if np.isfinite(val):
            ax.text(rect.get_x() + rect.get_width() / 2, rect.get_height(), _label(val),
                    ha="center", va="bottom", fontsize=7.5)
    ax.set_xticks(range(len(cats)))
    ax.set_xticklabels(cats, rotation=0 if len(cats) < 7 else 30,
                       ha="center" if len(cats) < 7 else "right")
    ax.set_ylabel(chart.ylabel or name)
    ax.set_xlabel(chart.xlabel)
    ax.set_title(chart.title, loc="left")
    _style(ax)
    return fig


def _pairs(chart):
    cats = [str(c) for c in chart.categories]
    (n1, v1), (n2, v2) = list(chart.series.items())[:2]
    v1, v2 = _vals(v1), _vals(v2)
    verdicts = chart.colors.get("_verdicts")
    cols = min(4, len(cats))
    rows = int(np.ceil(len(cats) / cols))
    fig = _figure(7.0, 1.9 * rows + 0.5)
    for i, cat in enumerate(cats):
        ax = fig.add_subplot(rows, cols, i + 1)
        c2 = chart.colors.get(n2, PALETTE[0])
        if verdicts and i < len(verdicts) and verdicts[i] in VERDICT_COLOURS:
            c2 = VERDICT_COLOURS[verdicts[i]]
        vals = [v1[i], v2[i]]
        bars = ax.bar([0, 1], np.nan_to_num(vals), color=[chart.colors.get(n1, "#bdbdbd"), c2],
                      width=0.7)
        for rect, val in zip(bars, vals):
            if np.isfinite(val):
                ax.text(rect.get_x() + rect.get_width() / 2, rect.get_height(), _label(val),
                        ha="center", va="bottom", fontsize=7)
        ax.set_xticks([0, 1])
        ax.set_xticklabels([n1, n2], fontsize=7)
        ax.set_title(_wrap(cat, 28), fontsize=8)
        ax.tick_params(axis="y", labelsize=7)
        top = np.nanmax(np.abs(vals)) if np.isfinite(vals).any() else 1.0
        ax.set_ylim(min(0.0, np.nanmin(vals) * 1.15 if np.isfinite(vals).any() else 0.0),
                    (top or 1.0) * 1.2)
        _style(ax)
    fig.suptitle(chart.title, x=0.01, ha="left", fontsize=10.5)
    fig.tight_layout(rect=(0, 0, 1, 0.95))
    return fig


def _wrap(text, width):
    words, lines, cur = str(text).split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return "\n".join(lines[:3])


def _thresholds(chart):
    """[(value, label)] from a chart's threshold (a number or a list of (value, label))."""
    t = chart.threshold
    if t is None:
        return []
    if isinstance(t, (list, tuple)):
        return [(float(v), str(lab)) for v, lab in t]
    return [(float(t), chart.threshold_label)]


def _vlines(ax, chart, y):
    for v, label in _thresholds(chart):
        ax.axvline(v, color="#333333", linestyle="--", linewidth=1)
        ax.text(v, y, " " + label, fontsize=8, va="bottom" if y > 100 else "top")


def _cumulative(chart):
    fig = _figure(7.0, 3.4)
    ax = fig.add_subplot(111)
    ths = _thresholds(chart)
    top = max(v for v, _ in ths) * 2.0 if ths else None
    for j, name in enumerate(chart.categories):
        values, weights = chart.series[name]
        values = np.asarray(values, dtype=float)
        weights = np.asarray(weights, dtype=float)
        total = weights.sum()
        if total <= 0:
            continue
        ok = np.isfinite(values)
        order = np.argsort(values[ok])
        xs = values[ok][order]
        ys = np.cumsum(weights[ok][order]) / total * 100.0
        if top is None and len(xs):
            top = float(xs.max())
        ax.step(np.concatenate([[0.0], xs]), np.concatenate([[0.0], ys]), where="post",
                label=str(name), color=PALETTE[j % len(PALETTE)], linewidth=1.4)
    _vlines(ax, chart, 101)
    if top:
        ax.set_xlim(0, top)
    ax.set_ylim(0, 105)
    ax.set_xlabel(chart.xlabel)
    ax.set_ylabel(chart.ylabel)
    ax.set_title(chart.title, loc="left", pad=14)
    if len(chart.categories) > 1:
        ax.legend(fontsize=7.5, frameon=False, loc="lower right", ncol=2)
    _style(ax)
    return fig


def _hist(chart):
    fig = _figure(6.5, 3.0)
    ax = fig.add_subplot(111)
    for j, values in enumerate(chart.series.values()):
        v = np.asarray(values, dtype=float)
        v = v[np.isfinite(v)]
        if len(v):
            ax.hist(v, bins=min(30, max(5, int(np.sqrt(len(v))))),
                    color=PALETTE[j % len(PALETTE)], edgecolor="white", linewidth=0.5)
    _vlines(ax, chart, ax.get_ylim()[1])
    ax.set_xlabel(chart.xlabel)
    ax.set_ylabel(chart.ylabel)
    ax.set_title(chart.title, loc="left")
    _style(ax)
    return fig


def render_charts(report, folder):
    """Draw every chart of a report into ``folder``; sets ``chart.image``."""
    os.makedirs(folder, exist_ok=True)
    for chart in report.charts():
        chart.image = render_chart(chart, os.path.join(folder, f"chart_{chart.name}.png"))
    return report
