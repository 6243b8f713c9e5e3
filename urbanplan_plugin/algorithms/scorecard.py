"""urbanplan:scorecard — one scenario through every lens (walkability, public space, flood)."""
from qgis import processing
from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.scenarios.compare import indicator_change, rule_for
from ..core.scenarios.lenses import (
    LENS_LABELS,
    SCORECARD_ANALYSES,
    analysis,
    indicator_rule_name,
)
from ..core.scenarios.model import BASELINE_NAME, ScenarioSet
from ..i18n import tr_indicator
from ..project.scenario_inputs import ScenarioInputs, analysis_params, with_group_fields
from ..project.scenario_store import read_scenario_file, read_scenarios
from ..qgis_io.compare_io import indicators_from_results
from ..qgis_io.layers import check_source, engine_errors
from ..qgis_io.outputs import new_feature, schema_spec, table_fields
from .base import POINT_OR_POLYGON, UrbanPlanAlgorithm

ROLE_PARAMS = (
    # (parameter, role, description, types, optional)
    ("NETWORK", "streets", "Streets or walking network (lines)",
     [QgsProcessing.SourceType.TypeVectorLine], False),
    ("POPULATION", "population", "Population / origins (points or polygons)",
     [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
     False),
    ("FACILITIES", "facilities", "Facilities / destinations (points or polygons)",
     [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
     True),
    ("PARKS", "parks", "Parks and open public spaces (polygons)",
     [QgsProcessing.SourceType.TypeVectorPolygon], True),
    ("BUILDINGS", "buildings", "Buildings (exposure to flooding)",
     [QgsProcessing.SourceType.TypeVectorAnyGeometry], True),
)


class Scorecard(UrbanPlanAlgorithm):
    NAME = "scorecard"
    GROUP = "scenarios"

    SCENARIO = "SCENARIO"
    SCENARIO_FILE = "SCENARIO_FILE"
    HAZARD = "HAZARD"
    DEM = "DEM"
    BUILTUP = "BUILTUP"
    POPULATION_FIELD = "POPULATION_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    DEPTH_FIELD = "DEPTH_FIELD"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Scenario scorecard (all lenses)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Judge one scenario on walkability, public space and flood at once: one "
                       "table of indicators, baseline next to scenario.")

    def shortHelpString(self):  # noqa: N802
        names = ", ".join(SCORECARD_ANALYSES)
        return self.tr(
            "Runs every installed lens analysis ({names}) for the baseline and for one scenario "
            "and puts their indicators in one table, so a proposal is judged on all of them at "
            "once: a new park may add people within 400 m of open space and also take a "
            "street's flood storage.\n\n"
            "Scenario: the name of a scenario stored in the project (Scenario dock), or a "
            "scenario file (JSON, as exported by the dock). Its changes (added, removed or "
            "replaced features; parameter changes such as WALK_SPEED_KMH) are applied to the "
            "layers given here, which play the baseline inputs (streets, population, "
            "facilities, parks, buildings, flood hazard). Settings stored with the scenarios "
            "(such as the preset of the climate-shelter example) are used where an analysis has "
            "that parameter. Empty scenario = baseline only.\n\n"
            "An analysis runs only when its required inputs are given (for example flood "
            "exposure needs a hazard; SDG 11.7.1 needs the built-up area); the log says which "
            "were skipped and why. Each analysis runs with its own defaults (thresholds, "
            "walking speed 4.8 km/h...), see its help.\n\n"
            "Output table, one row per indicator: lens, analysis, indicator, label, baseline, "
            "scenario, delta (scenario minus baseline), change_pct and verdict (better / "
            "worse / same, knowing that less exposure and walk time and more coverage are "
            "better). The street network is built once and reused for every analysis and "
            "both runs."
        ).format(names=names) + self.tr(
            "\n\nWho travels: the travel profile (PROFILE, GROUP_PROFILES) chosen in the "
            "Scenario dock's 'Who travels' box (stored with the scenarios) applies to every "
            "network analysis; DEM is the terrain model they use (empty: the one stored with "
            "the scenarios, if any).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            self.SCENARIO, self.tr("Scenario name (stored in the project or the file)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.SCENARIO_FILE, self.tr("Scenario file (JSON; instead of the project's)"),
            optional=True, fileFilter=self.tr("Scenario files (*.json)")))
        for name, _role, desc, types, optional in ROLE_PARAMS:
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, self.tr(desc), types, optional=optional))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field"),
            parentLayerParameterName="POPULATION",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, self.tr("Facility category field"),
            parentLayerParameterName="FACILITIES", optional=True))
        self.addParameter(QgsProcessingParameterMapLayer(
            self.HAZARD, self.tr("Flood hazard (depth raster in metres, or polygons)"),
            types=[QgsProcessing.SourceType.TypeRaster,
                   QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DEPTH_FIELD, self.tr("Depth field of hazard polygons"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Terrain model (DEM) for the network analyses (empty = the "
                              "scenarios' own, if any)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILTUP, self.tr("Built-up area (polygons, for SDG 11.7.1)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Scorecard"), QgsProcessing.SourceType.TypeVector))
        for key, label in (("N_ANALYSES", self.tr("Analyses run")),
                           ("N_INDICATORS", self.tr("Indicators")),
                           ("N_BETTER", self.tr("Indicators better in the scenario")),
                           ("N_WORSE", self.tr("Indicators worse in the scenario"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    # ------------------------------------------------------------------------------------
    def _scenario_set(self, parameters, context):
        path = self.parameterAsFile(parameters, self.SCENARIO_FILE, context)
        with engine_errors():
            if path:
                # relative layer paths are read from the file's folder, not the working dir
                return read_scenario_file(path)
            project = context.project()
            return read_scenarios(project) if project is not None else ScenarioSet()

    def _layer(self, parameters, name, context):
        if name == self.HAZARD:
            return self.parameterAsLayer(parameters, name, context)
        if name == self.DEM:
            return self.parameterAsRasterLayer(parameters, name, context)
        if not parameters.get(name):
            return None
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The {p} input could not be opened as a layer."
                                                 ).format(p=name))
        return layer

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        sset = self._scenario_set(parameters, context)
        name = (self.parameterAsString(parameters, self.SCENARIO, context) or "").strip()
        scenario = None
        if name:
            with engine_errors():
                scenario = sset.get(name)
        # the two inputs every lens needs, checked before any analysis runs
        self.network_source(parameters, context)
        check_source(self.parameterAsSource(parameters, "POPULATION", context),
                     self.tr("population"), POINT_OR_POLYGON)
        self._failures = []
        self._skipped = []
        roles = {role: self._layer(parameters, pname, context)
                 for pname, role, *_ in ROLE_PARAMS}
        roles["hazard"] = self._layer(parameters, self.HAZARD, context)
        roles["terrain"] = self._layer(parameters, self.DEM, context)
        # the scenario set's baseline settings (e.g. an example's preset) apply where an
        # analysis has the parameter; the scorecard's own parameters win
        extra = dict(sset.baseline_params)
        extra["BUILTUP"] = self._layer(parameters, self.BUILTUP, context)
        for pname in (self.POPULATION_FIELD, self.CATEGORY_FIELD, self.DEPTH_FIELD):
            v = self.parameterAsString(parameters, pname, context)
            if v:
                extra[pname] = v
        role_params = {role: pname for pname, role, *_ in ROLE_PARAMS}
        role_params["hazard"] = self.HAZARD
        role_params["terrain"] = self.DEM
        inputs = ScenarioInputs(sset, context.project(), layers=roles, role_params=role_params,
                                feedback=feedback)
        if roles["terrain"] is None and sset.baseline.get("terrain") is not None:
            # the terrain model chosen with the scenarios (Scenario dock, scenario file)
            with engine_errors():
                roles["terrain"] = inputs.baseline_layer("terrain")
        registry = QgsApplication.processingRegistry()
        specs = [analysis(k) for k in SCORECARD_ANALYSES]
        specs = [s for s in specs if s is not None and registry.algorithmById(s.alg_id)]
        rows, n_run = [], 0
        for i, spec in enumerate(specs):
            if feedback.isCanceled():
                return {}
            alg = registry.algorithmById(spec.alg_id)
            base, missing = analysis_params(spec, alg, roles, extra)
            base, note = with_group_fields(alg, base, roles.get("population"))
            if note:
                feedback.pushInfo(note)
            if missing:
                feedback.pushInfo(self.tr("{a}: skipped, it needs {m}.").format(
                    a=spec.label, m=", ".join(missing)))
                self._skipped.append(f"{spec.label} ({', '.join(missing)})")
                continue
            feedback.pushInfo(self.tr("{a}: baseline and {s}…").format(
                a=spec.label, s=scenario.name if scenario else self.tr("no scenario")))
            values = self._run_both(spec, alg, base, scenario, inputs, context, feedback)
            if values is None:
                continue
            n_run += 1
            wanted = list(spec.scorecard) or list(values[BASELINE_NAME])
            for ind in wanted:
                b = values[BASELINE_NAME].get(ind)
                s = values.get("scenario", {}).get(ind) if scenario else None
                ch = indicator_change(ind, b, s, rule_for(indicator_rule_name(ind),
                                                          spec.directions))
                rows.append([LENS_LABELS.get(spec.lens, spec.lens), spec.key, ind,
                             tr_indicator(ind), ch["base"], ch["scenario"],
                             ch["delta"], ch["pct_change"],
                             ch["verdict"] if scenario else "n/a"])
            feedback.setProgress(100.0 * (i + 1) / len(specs))
        return self._write(parameters, context, feedback, rows, n_run, scenario)

    def _run_both(self, spec, alg, base, scenario, inputs, context, feedback):
        """{run: indicators} for the baseline and the scenario; None (logged) when the analysis
        fails on these inputs, so the other lenses still report."""
        values = {}
        for run_name, scn in ((BASELINE_NAME, None), ("scenario", scenario)):
            if run_name == "scenario" and scn is None:
                break
            with engine_errors():
                params, notes = inputs.params_for(alg, base, scn, spec.raw_params)
            for n in notes:
                feedback.pushInfo(n)
            params = dict(params)
            for pdef in alg.destinationParameterDefinitions():
                params[pdef.name()] = QgsProcessing.TEMPORARY_OUTPUT if (
                    pdef.name() in (spec.result, spec.summary)
                    or not _optional(pdef)) else None
            params = {k: v for k, v in params.items() if v is not None}
            try:
                res = processing.run(spec.alg_id, params, context=context, feedback=feedback,
                                     is_child_algorithm=True)
            except QgsProcessingException as exc:
                if feedback.isCanceled():
                    return None
                feedback.reportError(self.tr("{a} failed for the {r} and is left out of the "
                                             "scorecard: {e}").format(
                    a=spec.label, r=run_name, e=exc), False)
                self._failures.append((spec.label, str(exc)))
                return None
            summary = None
            if spec.summary and res.get(spec.summary):
                summary = QgsProcessingUtils.mapLayerFromString(res[spec.summary], context)
            values[run_name] = indicators_from_results(spec, alg, res, summary)
        return values

    def _write(self, parameters, context, feedback, rows, n_run, scenario):
        failures = getattr(self, "_failures", [])
        if n_run == 0 and failures:
            raise QgsProcessingException(self.tr(
                "No analysis could run on these inputs. {reasons}").format(
                reasons=" ".join(f"{a}: {e}" for a, e in failures[:3])))
        skipped = getattr(self, "_skipped", [])
        if n_run == 0 and skipped:
            raise QgsProcessingException(self.tr(
                "No analysis could run: each needs an input that was not given: {s}. Give "
                "the facilities (FACILITIES), parks (PARKS) or a flood hazard (HAZARD) for "
                "the lenses you want.").format(s="; ".join(skipped)))
        if n_run == 0:
            raise QgsProcessingException(self.tr(
                "No analysis could run: give at least the streets and the population, plus "
                "facilities, parks or a flood hazard for the lenses you want."))
        fields = table_fields(schema_spec("scorecard", "OUTPUT", (
            S.LENS, S.ANALYSIS, S.INDICATOR, S.LABEL, S.BASELINE, S.SCENARIO, S.DELTA,
            S.CHANGE_PCT, S.VERDICT)))
        sink, dest = self.sink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.Type.NoGeometry)
        for row in rows:
            sink.addFeature(new_feature(fields, None, row))
        verdicts = [r[-1] for r in rows]
        for line in ([self.tr("Scorecard for {s}:").format(
                s=scenario.name if scenario else BASELINE_NAME)] +
                [f"  {r[3]}: {r[4] if r[4] is not None else '-'} -> "
                 f"{r[5] if r[5] is not None else '-'} ({r[8]})" for r in rows]):
            feedback.pushInfo(line)
        return {self.OUTPUT: dest, "N_ANALYSES": n_run, "N_INDICATORS": len(rows),
                "N_BETTER": verdicts.count("better"), "N_WORSE": verdicts.count("worse")}


def _optional(pdef):
    from ..project.scenario_inputs import _is_optional
    return _is_optional(pdef)
