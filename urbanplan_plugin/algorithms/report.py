"""urbanplan:report — an HTML and a PDF report from the results of one or more analyses."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..core.common.errors import UrbanPlanError
from ..core.report.build import build_report
from ..core.report.model import COMPARISON_ANALYSES, Figure, analysis_titles
from ..i18n import tr, user_locale
from ..project.report import (
    Staging,
    algorithm_texts,
    attribution,
    check_writable,
    destination_names,
    identify,
    not_a_result_message,
    now_text,
    preset_sources,
    read_item,
    remove_work_folder,
    software_versions,
    work_folder,
    write_html,
    write_pdf,
)
from ..project.runs import run_of_layer
from ..qgis_io.layers import engine_errors, engine_message
from ..qgis_io.qgis_compat import no_threading_flag, set_advanced
from .base import UrbanPlanAlgorithm

ATLAS_MAPS = 2
"""Per-zone pages show the maps of at most this many analyses."""


class Report(UrbanPlanAlgorithm):
    NAME = "report"
    GROUP = "report"

    RESULTS = "RESULTS"
    COMPARISON = "COMPARISON"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    MAPS = "MAPS"
    LAYOUT_TEMPLATE = "LAYOUT_TEMPLATE"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"

    def flags(self):
        # print layouts, fonts and PDF painting belong to the main thread
        return super().flags() | no_threading_flag()

    def displayName(self):  # noqa: N802
        return self.tr("Report (HTML and PDF)")

    def shortDescription(self):  # noqa: N802
        return self.tr("A report to keep and share: indicator tables, charts and maps of the "
                       "results, with the method, parameters, presets and versions.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Writes a report of one or more UrbanPlan results as an HTML file (one file, charts "
            "and maps inside) and a PDF (A4).\n\n"
            "RESULTS: the output layers and tables of the analyses (15-minute city, service "
            "areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested "
            "sites, flood extent, flood exposure, flood risk, flood disruption, the walking "
            "network). The analysis is recognised from the layer's fields, so results saved to "
            "files can be reported later. Give the SUMMARY tables too: the indicator tables "
            "are read from them exactly as the algorithms wrote them.\n"
            "COMPARISON: the outputs of 'Compare scenarios' (differences and their summary) "
            "or of the scenario scorecard; they open the report.\n\n"
            "For each analysis the report shows the key numbers, the indicator tables (by "
            "category, population group and zone), charts (coverage by category and group, "
            "walk time distributions, exposure by depth class, baseline versus scenario), a "
            "map drawn through a QGIS print layout (legend, scale bar, north arrow, data "
            "attribution), the method (the algorithm's help), the parameters of the run with "
            "their defaults, the presets used with their sources, and the result layers. It "
            "ends with the versions of QGIS, Python, numpy, scipy, the plugin and the data "
            "sources: enough to repeat the run. Parameters are known for results made in this "
            "QGIS session, or loaded into the project from Processing (they are kept with the "
            "layer in the project).\n\n"
            "ZONES and ZONE_FIELD (optional): one page per zone through the layout's atlas "
            "(the map follows the zone) with the zone's indicators, computed from the "
            "per-feature results (each feature belongs to the zone containing its point on "
            "surface).\n\n"
            "LAYOUT_TEMPLATE: your own print layout template (.qpt, e.g. with your city's "
            "logo), with items whose ids are 'map' (required), 'legend', 'title', "
            "'subtitle', 'scalebar', 'north_arrow' and 'attribution'. Default: "
            "resources/layouts/urbanplan_report.qpt.\n\n"
            "The report is written in the language of the QGIS interface. The files are "
            "written where you choose (a file in a temporary folder is refused: it would be "
            "lost), first under temporary names in the same folder and renamed at the end, so "
            "a failed run leaves no half-written report.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.RESULTS, self.tr("Results (output layers and summary tables of the analyses)"),
            QgsProcessing.SourceType.TypeMapLayer, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.COMPARISON, self.tr("Scenario comparison (differences, comparison summary or "
                                     "scorecard)"),
            QgsProcessing.SourceType.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones: one page per zone (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone name field"), parentLayerParameterName=self.ZONES,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), defaultValue=self.tr("UrbanPlan report")))
        self.addParameter(QgsProcessingParameterString(
            self.SUBTITLE, self.tr("Subtitle (place, date, scenario)"), optional=True))
        for p in (QgsProcessingParameterBoolean(self.MAPS, self.tr("Draw maps"),
                                                defaultValue=True),
                  QgsProcessingParameterFile(
                      self.LAYOUT_TEMPLATE, self.tr("Print layout template (.qpt)"),
                      optional=True, fileFilter=self.tr("Layout templates (*.qpt)"))):
            self.addParameter(set_advanced(p))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)"),
            optional=True, createByDefault=True))
        for key, label in (("SECTIONS", self.tr("Analyses reported")),
                           ("MAPS_DRAWN", self.tr("Maps drawn")),
                           ("ZONE_PAGES", self.tr("Zone pages"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    # ------------------------------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Name the result that cannot be opened (Processing would only say 'Incorrect
        parameter value')."""
        for name, what in ((self.RESULTS, self.tr("result")),
                           (self.COMPARISON, self.tr("comparison"))):
            msg = self._missing_layer(parameters, name, context, what)
            if msg:
                return False, msg
        return super().checkParameterValues(parameters, context)

    def _missing_layer(self, parameters, name, context, what):
        raw = parameters.get(name) or []
        if not isinstance(raw, (list, tuple)):
            raw = [raw]
        for value in raw:
            if isinstance(value, str) and QgsProcessingUtils.mapLayerFromString(
                    value, context) is None:
                return self.tr("The {what} '{v}' does not exist or cannot be opened. Check the "
                               "path, or run the analysis first.").format(what=what, v=value)
        return ""

    def _destination(self, parameters, name, context, what, required):
        path = self.parameterAsFileOutput(parameters, name, context)
        if not path:
            if required:
                raise QgsProcessingException(self.tr("Choose a file for the {what}.").format(
                    what=what))
            return None
        temp = os.path.realpath(QgsProcessingUtils.tempFolder())
        if os.path.realpath(path).startswith(temp + os.sep):
            raise QgsProcessingException(self.tr(
                "Choose where to save the {what}: a report in a temporary folder is deleted "
                "when QGIS closes. Click '…' next to '{label}' and pick a file.").format(
                what=what, label=self.parameterDefinition(name).description()))
        check_writable(path, what)
        return path

    def _layers(self, parameters, name, context, what):
        msg = self._missing_layer(parameters, name, context, what)
        if msg:
            raise QgsProcessingException(msg)
        layers = self.parameterAsLayerList(parameters, name, context) or []
        for lyr in layers:
            if not lyr.isValid():
                raise QgsProcessingException(self.tr(
                    "The {what} '{v}' cannot be opened (invalid layer).").format(
                    what=what, v=lyr.name()))
        return layers

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        html_path = self._destination(parameters, self.OUTPUT_HTML, context,
                                      self.tr("HTML report"), True)
        pdf_path = self._destination(parameters, self.OUTPUT_PDF, context,
                                     self.tr("PDF report"), False)
        if pdf_path and os.path.abspath(pdf_path) == os.path.abspath(html_path):
            raise QgsProcessingException(self.tr("The HTML and the PDF need two different "
                                                 "file names."))
        draw_maps = self.parameterAsBoolean(parameters, self.MAPS, context)
        template = self.parameterAsFile(parameters, self.LAYOUT_TEMPLATE, context) or None
        maker = None
        if draw_maps:
            from ..project.report_maps import TEMPLATE, MapMaker
            with engine_errors():
                maker = MapMaker(template or TEMPLATE)
        results = self._layers(parameters, self.RESULTS, context, self.tr("result"))
        comparison = self._layers(parameters, self.COMPARISON, context,
                                  self.tr("comparison"))
        if not results and not comparison:
            raise QgsProcessingException(self.tr(
                "Give at least one result layer (Results) or scenario comparison."))
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or None
        zone_layer = None
        if zones is not None:
            if not zone_field:
                raise QgsProcessingException(self.tr(
                    "Zones are given but no zone name field: choose the field that names each "
                    "zone."))
            zone_layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        feedback.setProgress(2)

        # identify and read every result
        entries = []
        seen = set()
        for lyr, is_comparison in [(x, False) for x in results] + [(x, True) for x in comparison]:
            run = run_of_layer(lyr)
            ident = identify(lyr, run)
            if ident is None:
                raise QgsProcessingException(not_a_result_message(lyr))
            if is_comparison and ident[0] not in COMPARISON_ANALYSES:
                raise QgsProcessingException(self.tr(
                    "'{n}' is a result of '{a}', not a scenario comparison. Give it under "
                    "Results; under Scenario comparison give the outputs of 'Compare "
                    "scenarios' or of the scorecard.").format(n=lyr.name(), a=ident[0]))
            if lyr.id() in seen or lyr.source() in seen:
                continue        # the same layer given twice is reported once
            seen.update((lyr.id(), lyr.source()))
            entries.append((lyr, run, ident))
        if feedback.isCanceled():
            return {}
        items = []
        for k, (lyr, run, (analysis, output)) in enumerate(entries):
            feedback.pushInfo(self.tr("{n}: {a} ({o})").format(n=lyr.name(), a=analysis,
                                                               o=output))
            with engine_errors():
                item = read_item(lyr, analysis, output, run, zones if zone_layer else None,
                                 zone_field, context, feedback)
            items.append((lyr, item))
            feedback.setProgress(2 + 18 * (k + 1) / len(entries))
            if feedback.isCanceled():
                return {}

        folder = work_folder()
        staging = Staging()
        try:
            titles = analysis_titles(self.tr)
            map_line, attributions = attribution([it for _, it in items],
                                                 [lyr for lyr, _ in items])
            n_maps = 0
            zone_figures = {}
            zone_names = []
            if zone_layer is not None:
                zone_names = self._zone_names(zone_layer, zone_field)
            if maker is not None:
                from ..core.report.build import run_name
                from ..project.report import _sources_of
                from ..project.report_maps import context_sources
                from ..project.styles import legend_title
                maker.attribution = map_line
                drawable = [(lyr, it) for lyr, it in items if it.geometry != "table"]
                # context for every map: the streets and water found among the report's
                # inputs and the run records under each result (the first found serves all)
                everything = [lyr.source() for lyr, _ in items]
                for _lyr, it in items:
                    everything += _sources_of(it)
                any_streets, _z, any_water = context_sources(everything)
                atlas_done = set()
                for k, (lyr, it) in enumerate(drawable):
                    title = titles.get(it.analysis, it.analysis)
                    bg = (it.run or {}).get("parameters", {}).get("NETWORK") if it.run else None
                    bg = bg.get("source") if isinstance(bg, dict) else bg
                    own_streets, _z, own_water = context_sources(_sources_of(it))
                    bg = own_streets or bg or any_streets
                    water = own_water or any_water
                    path = os.path.join(folder, f"map_{k + 1:02d}.png")
                    name = run_name([it], self.tr)
                    with engine_errors():
                        done = maker.render([(lyr, legend_title(lyr, it.run), it.run)], path,
                                            title, name, zone_layer, zone_field, bg, water)
                    if done:
                        it.map_image = done
                        it.map_title = f"{title}: {name}" if name else title
                        n_maps += 1
                    if zone_layer is not None and it.analysis not in atlas_done and \
                            len(atlas_done) < ATLAS_MAPS and it.output == "OUTPUT":
                        atlas_done.add(it.analysis)
                        with engine_errors():
                            pages = maker.render_atlas(
                                [(lyr, legend_title(lyr, it.run), it.run)], folder, title,
                                zone_layer, zone_field, bg, prefix=f"zone_{k + 1:02d}",
                                water=water)
                        for zname, p in pages.items():
                            zone_figures.setdefault(zname, []).append(
                                Figure(p, f"{title} — {zname}"))
                    feedback.setProgress(20 + 50 * (k + 1) / max(len(drawable), 1))
                    if feedback.isCanceled():
                        return {}
            analyses = sorted({it.analysis for _, it in items})
            methods, labels = algorithm_texts(analyses)
            comp_items = [it for _, it in items if it.analysis in COMPARISON_ANALYSES]
            res_items = [it for _, it in items if it.analysis not in COMPARISON_ANALYSES]
            with engine_errors():
                report = build_report(
                    res_items, tr=tr,
                    title=self.parameterAsString(parameters, self.TITLE, context),
                    subtitle=self.parameterAsString(parameters, self.SUBTITLE, context),
                    created=now_text(), language=self._language(),
                    comparison=comp_items, zone_names=zone_names, zone_figures=zone_figures,
                    methods=methods, parameter_labels=labels, software=software_versions(),
                    attribution=attributions, preset_sources=preset_sources,
                    hidden_parameters=destination_names(analyses))
            from ..core.report.charts import matplotlib_missing, render_charts
            missing = matplotlib_missing()
            if missing:
                feedback.pushWarning(self.tr("No charts: {m}").format(m=missing))
            else:
                with engine_errors():
                    render_charts(report, folder)
            feedback.setProgress(80)
            if feedback.isCanceled():
                return {}
            with engine_errors():
                write_html(report, html_path, staging)
                if pdf_path:
                    feedback.pushInfo(self.tr("Writing the PDF…"))
                    write_pdf(report, pdf_path, staging)
            if feedback.isCanceled():
                return {}
            staging.commit()
        except UrbanPlanError as exc:
            raise QgsProcessingException(engine_message(exc)) from None
        finally:
            staging.discard()
            remove_work_folder(folder)
        feedback.pushInfo(self.tr("Report written: {h}").format(h=html_path))
        if pdf_path:
            feedback.pushInfo(self.tr("PDF written: {p}").format(p=pdf_path))
        feedback.setProgress(100)
        out = {self.OUTPUT_HTML: html_path, "SECTIONS": len(report.sections),
               "MAPS_DRAWN": n_maps, "ZONE_PAGES": len(report.zone_pages)}
        if pdf_path:
            out[self.OUTPUT_PDF] = pdf_path
        return out

    @staticmethod
    def _language():
        loc = (user_locale() or "").split(".")[0]
        return "en" if loc in ("", "C", "POSIX") else loc.replace("_", "-")

    @staticmethod
    def _zone_names(layer, field):
        from ..core.geometry.zones import zone_name
        from ..qgis_io.layers import _value
        names = []
        idx = layer.fields().lookupField(field)
        if idx < 0:
            raise QgsProcessingException(tr("Zone field '{f}' is not in the zone layer.").format(
                f=field))
        for f in layer.getFeatures():
            v = _value(f.attribute(idx))
            v = zone_name(v)     # the name the analyses summarise it under
            if v not in names:
                names.append(v)
        return names


__all__ = ["Report"]
