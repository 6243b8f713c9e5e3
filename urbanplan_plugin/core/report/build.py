"""The report: group result items by analysis and run, build each section, add method and
parameters."""


from ..common.errors import UrbanPlanError
from .model import ANALYSIS_ORDER, Fact, Figure, Report, ZonePage, _identity, analysis_titles
from .sections import BUILDERS, MAP_OUTPUTS, _Builder
from .zones import build_zone_tables

# ------------------------------------------------------------------------------------------
# the report
# ------------------------------------------------------------------------------------------

def group_items(items):
    """[(analysis, [items of one run])]: items of the same analysis and run record together;
    without run records, one OUTPUT and its tables (SUMMARY ...) form one group."""
    by_analysis = {}
    for it in items:
        by_analysis.setdefault(it.analysis, []).append(it)
    groups = []
    for analysis in sorted(by_analysis, key=lambda a: (ANALYSIS_ORDER.index(a)
                                                        if a in ANALYSIS_ORDER else 99)):
        its = by_analysis[analysis]
        runs = {}
        loose = []
        for it in its:
            key = None
            if it.run and it.run.get("time"):
                key = (it.run.get("time"), repr(sorted((it.run.get("parameters") or {}).items(),
                                                       key=lambda kv: kv[0])))
            if key is None:
                loose.append(it)
            else:
                runs.setdefault(key, []).append(it)
        for members in runs.values():
            groups.append((analysis, members))
        if analysis == "floodextent":
            if loose:
                groups.append((analysis, loose))
            continue
        # loose items: pair by output name (one of each output per group)
        while loose:
            group, used = [], set()
            for it in list(loose):
                if it.output not in used:
                    group.append(it)
                    used.add(it.output)
                    loose.remove(it)
            groups.append((analysis, group))
    return groups


def build_report(items, tr=_identity, title="", subtitle="", created="", language="en",
                 comparison=(), zone_names=None, zone_figures=None, methods=None,
                 parameter_labels=None, software=(), attribution=(), preset_sources=None):
    """The :class:`Report` for result items (and comparison items).

    ``methods``: {analysis: (short description, full help)} (translated); ``parameter_labels``:
    {analysis: {parameter: label}}; ``preset_sources``: function(item) -> [(name, source)];
    ``zone_figures``: {zone: [Figure]} (atlas pages)."""
    items = list(comparison) + list(items)
    if not items:
        raise UrbanPlanError(tr("No result to report on: give at least one result layer."))
    titles = analysis_titles(tr)
    report = Report(title=title or tr("UrbanPlan report"), subtitle=subtitle, created=created,
                    language=language, software=list(software), attribution=list(attribution))
    report.labels = {
        "summary": tr("Summary"), "contents": tr("Contents"), "method": tr("Method"),
        "parameters": tr("Parameters of the run"),
        "methods_full": tr("Methods in full"), "analysis": tr("Analysis"),
        "indicator": tr("Indicator"), "presets": tr("Presets and their sources"),
        "layers": tr("Result layers"), "software": tr("Software and data versions"),
        "attribution": tr("Data sources and attribution"), "zones": tr("Zones"),
        "parameter": tr("Parameter"), "value": tr("Value"), "default": tr("(default)"),
        "name": tr("Name"), "version": tr("Version"), "source": tr("Source"),
        "features": tr("Features"), "crs": tr("CRS"), "created": tr("Created"),
        "page": tr("Page {n} of {m}"), "unknown_run": tr(
            "The parameters of this run are not known: the layer was not made in this QGIS "
            "session or loaded from Processing into this project. Keep the Processing log "
            "(History) to document the run."),
        "generated": tr("Made with UrbanPlan for QGIS"),
    }
    groups = group_items(items)
    counts = {}
    for analysis, _ in groups:
        counts[analysis] = counts.get(analysis, 0) + 1
    seen = {}
    for analysis, members in groups:
        seen[analysis] = seen.get(analysis, 0) + 1
        key = analysis if counts[analysis] == 1 else f"{analysis}{seen[analysis]}"
        stitle = titles.get(analysis, analysis)
        if counts[analysis] > 1:
            named = next((m.param("SCENARIO") for m in members
                          if analysis == "scorecard" and isinstance(m.param("SCENARIO"), str)
                          and m.param("SCENARIO")), None)
            stitle += f" — {named or members[0].name}"
        b = _Builder(tr, key, stitle)
        try:
            BUILDERS[analysis](b, members, tr)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise UrbanPlanError(tr(
                "The results of '{a}' ({n}) could not be read: {e}. Give the layers and "
                "tables as the analysis wrote them (were columns renamed or edited?).").format(
                a=stitle, n=", ".join(m.name for m in members), e=exc)) from None
        sec = b.section
        # maps: the main output first
        order = MAP_OUTPUTS.get(analysis, ("OUTPUT",))
        for out in order + tuple(sorted({m.output for m in members} - set(order))):
            for m in members:
                if m.output == out and m.map_image:
                    sec.figures.append(Figure(m.map_image, m.map_title or m.name))
        run = next((m.run for m in members if m.run), None)
        if methods and analysis in methods:
            short, full = methods[analysis]
            sec.method, sec.method_full = short, full
        if run:
            labels = (parameter_labels or {}).get(analysis, {})
            defaults = run.get("defaults") or {}
            for pname, value in (run.get("parameters") or {}).items():
                is_default = pname in defaults and _same(value, defaults[pname])
                sec.parameters.append((labels.get(pname, pname), _param_text(value),
                                       is_default, pname))
        else:
            sec.notes.append(report.labels["unknown_run"])
        if preset_sources is not None:
            for m in members:
                for p in preset_sources(m):
                    if p not in sec.presets:
                        sec.presets.append(p)
        for m in members:
            sec.layers.append((m.name, m.source, m.count, m.crs))
        report.sections.append(sec)
        for f in sec.facts[:3]:
            report.summary.append(Fact(f.label, f.value, f.fmt, f.key, section=stitle))
    if zone_names:
        report.zone_table, per_zone = build_zone_tables(items, zone_names, tr)
        for z in zone_names:
            figs = list((zone_figures or {}).get(z) or [])
            table = per_zone.get(z)
            if figs or table is not None:
                report.zone_pages.append(ZonePage(z, figs, table))
    return report


def _same(a, b):
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return False


def _param_text(value):
    if value is None:
        return ""
    if isinstance(value, dict):
        if "layer" in value:
            return f"{value['layer']} ({value.get('source', '')})"
        return ", ".join(f"{k}={_param_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_param_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
