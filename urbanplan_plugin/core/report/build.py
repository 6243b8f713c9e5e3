"""The report: group result items by analysis and run, build each section, add method and
parameters."""


import os
import re

from .. import schema as S
from ..common.errors import UrbanPlanError
from .model import (
    ANALYSIS_ORDER,
    COMPARISON_ANALYSES,
    Figure,
    Headline,
    Report,
    ZonePage,
    _identity,
    analysis_short_titles,
    analysis_titles,
)
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
                 parameter_labels=None, software=(), attribution=(), preset_sources=None,
                 hidden_parameters=None):
    """The :class:`Report` for result items (and comparison items).

    ``methods``: {analysis: (short description, full help)} (translated); ``parameter_labels``:
    {analysis: {parameter: label}}; ``preset_sources``: function(item) -> [(name, source)];
    ``zone_figures``: {zone: [Figure]} (atlas pages); ``hidden_parameters``: {analysis: names}
    of parameters not shown (output destinations)."""
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
        "meaning": tr("What it means"), "baseline": tr("Baseline"),
        "scenario": tr("Scenario"), "change": tr("Change"),
        "at_defaults": tr("At their defaults:"),
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
            stitle += f" — {run_name(members, tr) or seen[analysis]}"
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
            hidden = set((hidden_parameters or {}).get(analysis, ()))
            for pname, value in (run.get("parameters") or {}).items():
                text = _param_text(value)
                if pname in hidden or text == "" or _internal(text):
                    continue
                is_default = pname in defaults and _same(value, defaults[pname])
                sec.parameters.append((labels.get(pname, pname), text, is_default, pname))
        else:
            sec.notes.append(report.labels["unknown_run"])
        if preset_sources is not None:
            for m in members:
                for name, source in preset_sources(m):
                    p = (name, str(source or "").strip())
                    if p not in sec.presets:
                        sec.presets.append(p)
        for m in members:
            sec.layers.append((human_name(m.name) or m.output, "", m.count, m.crs))
        report.sections.append(sec)
        report.summary.extend(sec.facts)
    report.headline, report.lead = headline(report, groups, tr)
    report.cover_map = _cover_map(report)
    if zone_names:
        report.zone_table, per_zone = build_zone_tables(items, zone_names, tr)
        for z in zone_names:
            figs = list((zone_figures or {}).get(z) or [])
            table = per_zone.get(z)
            if figs or table is not None:
                report.zone_pages.append(ZonePage(z, figs, table))
    return report


# ------------------------------------------------------------------------------------------
# the first page: the few headline indicators, what they mean, and the change
# ------------------------------------------------------------------------------------------

def headline_spec(tr=_identity):
    """{analysis: [(fact key, what it means)]}: the indicators the first page shows."""
    hib, lob = tr("Higher is better."), tr("Lower is better.")
    return {
        "fifteenminutecity": [
            ("share_all", tr("Residents who can walk to every kind of daily service within its "
                             "time limit, along the streets.") + " " + hib),
            ("share_any", tr("Residents who reach at least one kind of daily service in "
                             "time.") + " " + hib)],
        "sdg1171": [
            ("pop_within_pct", tr("Residents within walking distance of an open public space "
                                  "(SDG 11.7.1 b).") + " " + hib),
            ("public_space_share_pct", tr("Share of the built-up area that is streets and "
                                          "open public space (SDG 11.7.1 a).") + " " + hib)],
        "greenspacecoverage": [
            ("pop_covered_pct", tr("Residents with a park of a suitable size within its "
                                   "walking distance.") + " " + hib),
            ("park_m2_per_resident", tr("Park area for each resident.") + " " + hib)],
        "supplydemand": [
            ("share_with_access", tr("Residents with at least one facility within the walking "
                                     "catchment.") + " " + hib)],
        "accessibilitygrid": [
            ("mean_nearest", tr("Average walk from a place in the area to the nearest "
                                "destination.") + " " + lob)],
        "floodextent": [
            ("flooded_ha", tr("Land under water in the flood modelled.") + " " + lob)],
        "floodexposure": [
            ("exposed_population", tr("People living where the water reaches a flood depth "
                                      "class.") + " " + lob),
            ("exposed_count", tr("Buildings or other features standing in water.") + " "
             + lob)],
        "floodrisk": [
            ("ead", tr("Damage to expect in an average year, over all the floods "
                       "modelled.") + " " + lob)],
        "flooddisruption": [
            ("pop_lost_access", tr("People who can no longer walk to at least one kind of "
                                   "service while the streets are flooded.") + " " + lob)],
    }


MAX_HEADLINE = 8
MAX_HEADLINE_CHANGES = 4


def headline(report, groups, tr=_identity):
    """([Headline], lead sentence) of the first page."""
    spec = headline_spec(tr)
    out = []
    lead = ""
    for sec, (analysis, members) in zip(report.sections, groups):
        if analysis == "scorecard":
            rows, sentence = _scorecard_headline(sec, members, tr)
            out += rows
            lead = lead or sentence
        elif analysis == "comparescenarios":
            rows, sentence = _compare_headline(sec, members, tr)
            out += rows
            lead = lead or sentence
    changes = len(out)
    short = analysis_short_titles(tr)
    done = set()
    for sec, (analysis, _members) in zip(report.sections, groups):
        if analysis in COMPARISON_ANALYSES or analysis in done:
            continue
        done.add(analysis)
        facts = {f.key[len(sec.key) + 1:]: f for f in sec.facts if f.key}
        for key, meaning in spec.get(analysis, ()):
            f = facts.get(key)
            if f is not None and f.value is not None:
                out.append(Headline(f.label, meaning, f.value, f.fmt, "headline." + f.key,
                                    section=short.get(analysis, sec.title)))
                break
    if not lead:
        lead = tr("The main results of the {n} analyses in this report; each has its own "
                  "section with a map, tables, the method and the parameters of the run.") \
            .format(n=len(report.sections))
    return out[:max(MAX_HEADLINE, changes)], lead


def _direction(name, analysis=None):
    try:
        col = S.find(name, analysis)
    except Exception:  # noqa: BLE001 - an unknown indicator has no direction
        col = None
    return getattr(col, "better", "none") if col is not None else "none"


def _better_text(better, tr):
    return {"higher": tr("Higher is better."), "lower": tr("Lower is better.")}.get(better, "")


def _scorecard_headline(sec, members, tr):
    out = members[0]
    table = next((t for t in sec.tables if t.key.endswith(".indicator")), None)
    if table is None:
        return [], ""
    verdicts = {"better": tr("Better in the scenario."), "worse": tr("Worse in the scenario."),
                "same": tr("No change.")}
    rows = sorted(table.rows, key=lambda r: {"better": 0, "worse": 0}.get(r.get("_verdict"), 1))
    hl = []
    for r in rows[:MAX_HEADLINE_CHANGES]:
        ind = str(r["_key"])
        name = ind.split("|")[0]
        better = _direction(name) if "|" in ind else _direction(name.lower())
        meaning = " ".join(x for x in (verdicts.get(r.get("_verdict"), ""),
                                       _better_text(better, tr), r.get(S.LENS) or "") if x)
        hl.append(Headline(r[S.LABEL], meaning, r[S.SCENARIO], "num2",
                           f"headline.{table.key}.{ind}", section=sec.title,
                           baseline=r[S.BASELINE], scenario=r[S.SCENARIO], change=r[S.DELTA]))
    facts = {f.key.rsplit(".", 1)[-1]: f.value for f in sec.facts}
    scen = out.param("SCENARIO")
    lead = tr("The scenario{s} compared with today (the baseline): {b} indicators better, {w} "
              "worse, {n} unchanged.").format(
        s=f" «{scen}»" if isinstance(scen, str) and scen else "",
        b=int(facts.get("n_better") or 0), w=int(facts.get("n_worse") or 0),
        n=int(facts.get("n_same") or 0))
    return hl, lead


def _compare_headline(sec, members, tr):
    table = next((t for t in sec.tables if t.key.endswith(".field")), None)
    hl = []
    if table is not None:
        rows = [r for r in table.rows if (r.get(S.N_BETTER) or r.get(S.N_WORSE))
                and r.get(S.MEAN_BASE) is not None]
        for r in rows[:MAX_HEADLINE_CHANGES]:
            better = _direction(r["_key"])
            meaning = " ".join(x for x in (
                tr("Mean over the features; {b} better, {w} worse.").format(
                    b=int(r.get(S.N_BETTER) or 0), w=int(r.get(S.N_WORSE) or 0)),
                _better_text(better, tr)) if x)
            hl.append(Headline(r[S.FIELD], meaning, r[S.MEAN_SCENARIO], "num2",
                               f"headline.{table.key}.{r['_key']}", section=sec.title,
                               baseline=r[S.MEAN_BASE], scenario=r[S.MEAN_SCENARIO],
                               change=r[S.MEAN_DELTA]))
    facts = {f.key.rsplit(".", 1)[-1]: f.value for f in sec.facts}
    lead = tr("The scenario compared with today (the baseline), feature by feature: {b} "
              "better, {w} worse.").format(b=int(facts.get("n_better") or 0),
                                            w=int(facts.get("n_worse") or 0))
    return hl, lead


def _cover_map(report):
    for s in report.sections:
        if s.key.startswith(COMPARISON_ANALYSES) and s.figures:
            return s.figures[0]
    for s in report.sections:
        if s.figures:
            return s.figures[0]
    return None


# ------------------------------------------------------------------------------------------
# nothing internal: names, parameters and sources as a reader knows them
# ------------------------------------------------------------------------------------------

_INTERNAL = re.compile(r"(^|\W)(memory:|memory\?|TEMPORARY_OUTPUT|ogr:|/tmp/|[A-Za-z]:\\|"
                       r"/home/|/var/|/private/|\.gpkg\||layername=|processing_)", re.I)


def _internal(text):
    """True for a value that names a storage place, not a thing (memory-layer URIs, temporary
    outputs, absolute paths)."""
    return bool(_INTERNAL.search(str(text)))


def human_name(name):
    """A short readable name for a layer name: 'walk.gpkg|layername=summary' -> 'summary',
    '/tmp/x/sao_paulo_depth_rp100.tif' -> 'sao paulo depth rp100'; '' when nothing is left."""
    if not name:
        return ""
    text = str(name).split("|")
    table = next((p.split("=", 1)[1] for p in text[1:] if p.lower().startswith("layername=")),
                 None)
    base = table or text[0]
    if base.lower().startswith("memory"):
        return ""
    base = os.path.basename(base.replace("\\", "/"))
    stem, ext = os.path.splitext(base)
    if ext.lower() in (".gpkg", ".tif", ".tiff", ".shp", ".csv", ".geojson", ".txt", ".json"):
        base = stem
    base = re.sub(r"_[0-9a-f]{32}$", "", base)          # Processing's uuid suffix
    return re.sub(r"[_]+", " ", base).strip()


def run_name(members, tr=_identity):
    """What tells one run of an analysis from another, in a reader's words: the scenario, the
    preset, else the layer's own name (without its file)."""
    for m in members:
        scen = m.param("SCENARIO")
        if isinstance(scen, str) and scen and not _internal(scen):
            return scen
    for m in members:
        preset = m.param("PRESET")
        if isinstance(preset, str) and preset not in ("", "none"):
            try:
                from ..presets import get_preset
                return tr(get_preset(preset).name)
            except Exception:  # noqa: BLE001 - a preset no longer shipped: its id
                return preset
    m = next((m for m in members if m.output == "OUTPUT"), members[0])
    name = str(m.name)
    if ": " in name:                       # 'file: table' (display_name) -> the table
        name = name.rsplit(": ", 1)[1]
    return human_name(name)


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
            return human_name(value["layer"]) or human_name(value.get("source", ""))
        return ", ".join(f"{k}={_param_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_param_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, str) and (os.sep in value or "|" in value or value.startswith("memory")):
        return "" if value.startswith(("memory", "TEMPORARY_OUTPUT")) else human_name(value)
    return str(value)
