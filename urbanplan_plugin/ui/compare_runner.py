"""Runs one analysis for the baseline and each chosen scenario in the background, then compares.

Three waves, none of them on the interface thread except the short bookkeeping between them:

1. *prepare* (one QgsTask): materialise every run's inputs (``ScenarioInputs``): the baseline
   network is built once (or taken from the cache), scenario networks reuse it;
2. *analyse* (one ``QgsProcessingAlgRunnerTask`` per run, in parallel);
3. *compare* (one ``QgsProcessingAlgRunnerTask`` of ``urbanplan:comparescenarios`` per scenario;
   polygon results such as service areas get areas gained/lost instead).

The runner has no widgets: the compare dock shows what it emits, tests drive it directly.
"""
from dataclasses import dataclass, field

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProject,
    QgsRasterLayer,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..core.common.errors import UrbanPlanError
from ..core.scenarios.compare import indicator_table, rule_for
from ..core.scenarios.lenses import indicator_rule_name
from ..core.scenarios.model import BASELINE_NAME
from ..i18n import tr
from ..project.scenario_inputs import ScenarioInputs, shared_network_cache
from ..qgis_io.compare_io import (
    area_difference_fields,
    area_differences,
    indicators_from_results,
)

RASTER_CHANGE_PROPERTY = "urbanplan/raster_change"
"""Custom property of a difference raster: the schema column of its cells (unit, direction)."""

_DEST_PARAMS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                QgsProcessingParameterRasterDestination)


@dataclass
class RunResult:
    name: str
    results: dict = field(default_factory=dict)
    layers: dict = field(default_factory=dict)       # output name -> layer (owned here)
    indicators: dict = field(default_factory=dict)
    error: str = ""
    record: dict = field(default_factory=dict)       # how the run was made (project.runs)


@dataclass
class ComparisonResult:
    """Everything a finished comparison produced, for the dock, exports and tests."""

    spec: object
    names: list                                       # [Baseline, scenario 1, ...]
    runs: dict                                        # name -> RunResult
    deltas: dict = field(default_factory=dict)        # scenario -> difference layer
    delta_counts: dict = field(default_factory=dict)  # scenario -> {better, worse, ...}
    summaries: dict = field(default_factory=dict)     # scenario -> per-field rows
    log: list = field(default_factory=list)
    seconds: float = 0.0
    compared_fields: list = field(default_factory=list)  # result fields in the differences
    delta_records: dict = field(default_factory=dict)    # scenario -> comparescenarios record
    raster_deltas: dict = field(default_factory=dict)    # scenario -> {output: raster layer}
    raster_changes: dict = field(default_factory=dict)   # scenario -> {output: RasterChange}

    def indicator_rows(self):
        """Rows for the side-by-side table (core.scenarios.compare.indicator_table)."""
        base = self.runs[BASELINE_NAME].indicators
        scen = {n: self.runs[n].indicators for n in self.names[1:]}
        rules = {k: rule_for(indicator_rule_name(k), self.spec.directions)
                 for k in list(base) + [k for v in scen.values() for k in v]}
        return indicator_table(base, scen, rules, order=list(base))


class _Feedback(QgsProcessingFeedback):
    """Collects a run's messages (thread-safe enough: appends only)."""

    def __init__(self):
        super().__init__()
        self.errors = []
        self.lines = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)


class CompareRunner(QObject):
    """Baseline + scenarios through one analysis, in the background.

    Signals: ``progressChanged(float)`` 0-100, ``message(str)`` log lines, ``finished(object)``
    a ComparisonResult, ``failed(str)`` a message for the planner (also on cancel)."""

    progressChanged = pyqtSignal(float)
    message = pyqtSignal(str)
    finished = pyqtSignal(object)
    failed = pyqtSignal(str)

    def __init__(self, spec, sset, base_params, scenario_names, project=None, cache=None,
                 parent=None):
        super().__init__(parent)
        self.spec = spec
        self.sset = sset
        self.base_params = dict(base_params)
        self.scenario_names = list(scenario_names)
        self.project = project or QgsProject.instance()
        self.cache = cache if cache is not None else shared_network_cache()
        self.registry = QgsApplication.processingRegistry()
        self._tasks = {}
        self._progress = {}
        self._runs = {}
        self._inputs = None
        self._run_params = {}
        self._cancelled = False
        self._running = False
        self._ended = False
        self._result = None
        self._stage = ""
        self._t0 = 0.0

    # -- control ---------------------------------------------------------------------------
    @property
    def running(self):
        return self._running

    def start(self):
        import time
        alg = self.registry.algorithmById(self.spec.alg_id)
        if alg is None:
            self.failed.emit(tr("The analysis {a} is not installed.").format(a=self.spec.alg_id))
            return False
        ok, why = alg.canExecute()
        if not ok:
            self.failed.emit(why)
            return False
        for name in self.scenario_names:
            if name not in self.sset:
                self.failed.emit(tr("There is no scenario named '{n}'.").format(n=name))
                return False
        self._running = True
        self._ended = False
        self._cancelled = False
        self._t0 = time.perf_counter()
        self._stage = "prepare"
        self._inputs = ScenarioInputs(self.sset, self.project, self.cache)
        main_thread = QCoreApplication.instance().thread()
        task = QgsTask.fromFunction(tr("UrbanPlan: preparing scenario inputs"), self._prepare,
                                    main_thread, on_finished=self._prepared)
        self._tasks = {"prepare": task}
        self._progress = {"prepare": 0.0}
        task.progressChanged.connect(lambda p: self._on_progress("prepare", p))
        QgsApplication.taskManager().addTask(task)
        self.message.emit(tr("Preparing the inputs of {n} run(s)…").format(
            n=1 + len(self.scenario_names)))
        return True

    def cancel(self):
        if not self._running:
            return
        self._cancelled = True
        for task in list(self._tasks.values()):
            try:
                task.cancel()
            except RuntimeError:
                pass

    # -- wave 1: inputs --------------------------------------------------------------------
    def _prepare(self, task, main_thread):
        """In a worker thread: every run's parameters with materialised inputs."""
        alg = self.registry.algorithmById(self.spec.alg_id)
        out = {}
        names = [BASELINE_NAME] + self.scenario_names
        for i, name in enumerate(names):
            if task.isCanceled():
                return None
            scenario = None if name == BASELINE_NAME else self.sset.get(name)
            params, notes = self._inputs.params_for(alg, self.base_params, scenario,
                                                    self.spec.raw_params)
            out[name] = (params, notes)
            task.setProgress(100.0 * (i + 1) / len(names))
        # layers made here (memory copies, networks, example files) belong to this thread:
        # hand them to the interface thread, as Processing does with its temporary layers
        for params, _notes in out.values():
            for value in params.values():
                if isinstance(value, QgsMapLayer) and value.thread() != main_thread:
                    value.moveToThread(main_thread)
        return out

    def _prepared(self, exception, result=None):
        if self._cancelled:
            return self._fail(tr("The comparison was cancelled; nothing was changed."))
        if exception is not None:
            msg = str(exception) if isinstance(exception, (UrbanPlanError,
                                                           QgsProcessingException)) else \
                tr("Preparing the inputs failed: {e}").format(e=exception)
            return self._fail(msg)
        if not result:
            return self._fail(tr("The comparison was cancelled; nothing was changed."))
        for line in self._inputs.log:
            self.message.emit(line)
        self.message.emit(tr("Inputs ready after {s:.1f} s.").format(s=self._elapsed()))
        self._run_params = {}
        for name, (params, notes) in result.items():
            for n in notes:
                self.message.emit(n)
            self._run_params[name] = self._with_outputs(params)
        self._start_analyses()

    def _with_outputs(self, params):
        alg = self.registry.algorithmById(self.spec.alg_id)
        params = dict(params)
        wanted = {self.spec.result, self.spec.summary} - {""}
        from .param_form import _optional
        for pdef in alg.destinationParameterDefinitions():
            if not isinstance(pdef, _DEST_PARAMS):
                continue
            if pdef.name() in wanted or not _optional(pdef):
                params[pdef.name()] = QgsProcessingOutputLayerDefinition(
                    QgsProcessing.TEMPORARY_OUTPUT)
            else:
                params.pop(pdef.name(), None)     # optional extras are not produced
        return params

    # -- wave 2: analyses ------------------------------------------------------------------
    def _start_analyses(self):
        self._stage = "analyse"
        self._tasks, self._progress, self._runs = {}, {}, {}
        for name, params in self._run_params.items():
            alg = self.registry.createAlgorithmById(self.spec.alg_id)
            self._launch(name, alg, params, self._analysed)
        self.message.emit(tr("Running {a} for {n} run(s) in the background…").format(
            a=tr(self.spec.label), n=len(self._run_params)))

    def _launch(self, name, alg, params, on_done):
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = _Feedback()
        task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
        task.progressChanged.connect(lambda p, n=name: self._on_progress(n, p))
        task.executed.connect(lambda ok, res, n=name: on_done(n, ok, res))
        self._tasks[name] = task
        self._progress[name] = 0.0
        # keep the Python objects alive as long as the task runs
        task._urbanplan_keep = (alg, context, feedback, params)
        QgsApplication.taskManager().addTask(task)

    def _on_progress(self, name, p):
        self._progress[name] = float(p)
        share = sum(self._progress.values()) / max(len(self._progress), 1)
        lo, hi = {"prepare": (0, 15), "analyse": (15, 85), "compare": (85, 100)}.get(
            self._stage, (0, 100))
        self.progressChanged.emit(lo + (hi - lo) * share / 100.0)

    def _take(self, name, results, output):
        task = self._tasks[name]
        context = task._urbanplan_keep[1]
        value = results.get(output)
        if value is None:
            return None
        if isinstance(value, str):
            layer = context.takeResultLayer(value)
            if layer is None:
                layer = context.getMapLayer(value) if hasattr(context, "getMapLayer") else None
            if layer is None and self._is_raster_output(output):
                layer = QgsRasterLayer(value, output, "gdal")   # a file Processing wrote
                layer = layer if layer.isValid() else None
            return layer
        return value

    def _is_raster_output(self, output):
        alg = self.registry.algorithmById(self.spec.alg_id)
        d = alg.outputDefinition(output) if alg is not None else None
        return isinstance(d, QgsProcessingOutputRasterLayer)

    def _analysed(self, name, ok, results):
        task = self._tasks.get(name)
        feedback = task._urbanplan_keep[2] if task is not None else None
        run = RunResult(name)
        if self._cancelled or (feedback is not None and feedback.isCanceled()):
            run.error = tr("cancelled")
        elif not ok:
            err = (feedback.errors[-1] if feedback is not None and feedback.errors
                   else tr("the analysis failed"))
            run.error = err
        else:
            run.results = dict(results)
            short = tr(self.spec.label.split(" (")[0])
            run_label = tr(BASELINE_NAME) if name == BASELINE_NAME else name
            for out in {self.spec.result, self.spec.summary} - {""}:
                layer = self._take(name, results, out)
                if layer is not None:
                    run.layers[out] = layer
                    layer.setName(tr("{a} – {run}").format(a=short, run=run_label)
                                  if out == self.spec.result else
                                  tr("{a} summary – {run}").format(a=short, run=run_label))
            alg = self.registry.algorithmById(self.spec.alg_id)
            run.record = dict(run_record(alg, self._run_params.get(name, {}), name),
                              output=self.spec.result)
            run.indicators = indicators_from_results(self.spec, alg, results,
                                                     run.layers.get(self.spec.summary))
            if feedback is not None:
                for line in feedback.lines[-5:]:
                    self.message.emit(f"{name}: {line}")
        self._runs[name] = run
        self.message.emit(tr("{n}: {state}").format(
            n=name, state=tr("done") if not run.error else run.error))
        if len(self._runs) == len(self._run_params):
            self._after_analyses()

    def _elapsed(self):
        import time
        return time.perf_counter() - self._t0

    def _after_analyses(self):
        self.message.emit(tr("Analyses done after {s:.1f} s.").format(s=self._elapsed()))
        if self._cancelled:
            return self._fail(tr("The comparison was cancelled; nothing was changed."))
        bad = [r for r in self._runs.values() if r.error]
        if bad:
            return self._fail("\n".join(f"{r.name}: {r.error}" for r in bad))
        names = [BASELINE_NAME] + self.scenario_names
        self._result = ComparisonResult(self.spec, names, dict(self._runs))
        base_layer = self._runs[BASELINE_NAME].layers.get(self.spec.result)
        if base_layer is None or not self.scenario_names:
            return self._finish()
        if self.spec.delta_mode == "areas":
            for name in self.scenario_names:
                self._result.deltas[name] = self._area_layer(
                    base_layer, self._runs[name].layers.get(self.spec.result), name)
            return self._finish()
        if self.spec.delta_mode == "rasters":
            try:
                for name in self.scenario_names:
                    self._raster_layers(name)
            except (QgsProcessingException, UrbanPlanError) as exc:
                return self._fail(str(exc))
            return self._finish()
        self._stage = "compare"
        self._tasks, self._progress = {}, {}
        self._compared = {}
        pop_field = self.base_params.get(self.spec.population_param) if \
            self.spec.population_param else None
        if pop_field and pop_field not in base_layer.fields().names():
            pop_field = None
        fields = list(self.spec.compare_fields) or self.analysis_fields(base_layer)
        self._result.compared_fields = fields
        for name in self.scenario_names:
            params = {"BASELINE": base_layer,
                      "SCENARIO": self._runs[name].layers[self.spec.result],
                      "KEY_FIELD": self.spec.key_field or None,
                      "FIELDS": fields,
                      "POPULATION_FIELD": pop_field or None,
                      "DIRECTIONS": ", ".join(f"{k}: {v}" for k, v in
                                              self.spec.directions.items()),
                      "OUTPUT": QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT),
                      "SUMMARY": QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT)}
            alg = self.registry.createAlgorithmById("urbanplan:comparescenarios")
            self._launch(name, alg, params, self._compared_one)
        return None

    def analysis_fields(self, result_layer):
        """The numeric fields the analysis wrote: the result layer's fields minus those it
        copied from its input layer (origins, buildings: population, age groups, jobs are
        inputs, not outcomes), identifiers left out. All numeric fields when that leaves
        none."""
        from ..qgis_io.compare_io import common_numeric_fields
        fields = result_layer.fields()
        numeric = common_numeric_fields(fields, fields, exclude=(self.spec.key_field,))
        names = set(fields.names())
        copied = set()
        for value in (self._run_params.get(BASELINE_NAME) or {}).values():
            if isinstance(value, QgsVectorLayer):
                overlap = set(value.fields().names()) & names
                if len(overlap) > len(copied):
                    copied = overlap
        own = [f for f in numeric if f not in copied]
        return own or numeric

    def _compared_one(self, name, ok, results):
        task = self._tasks.get(name)
        feedback = task._urbanplan_keep[2]
        if self._cancelled:
            self._compared[name] = None
        elif not ok:
            self._compared[name] = None
            self.message.emit(tr("{n}: the comparison failed: {e}").format(
                n=name, e=feedback.errors[-1] if feedback.errors else "?"))
        else:
            layer = self._take(name, results, "OUTPUT")
            if layer is not None:
                layer.setName(tr("Change – {s} vs baseline").format(s=name))
                alg = self.registry.algorithmById("urbanplan:comparescenarios")
                record = run_record(alg, task._urbanplan_keep[3], name)
                self._result.delta_records[name] = dict(record, output="OUTPUT")
            self._result.deltas[name] = layer
            self._result.delta_counts[name] = {k: results.get(k) for k in (
                "N_ROWS", "N_BETTER", "N_WORSE", "N_MIXED", "N_SAME", "N_NO_DATA", "POP_BETTER",
                "POP_WORSE")}
            summary = self._take(name, results, "SUMMARY")
            if summary is not None:
                self._result.summaries[name] = [
                    {f.name(): _py(feat[f.name()]) for f in summary.fields()}
                    for feat in summary.getFeatures()]
            self._compared[name] = layer
        if len(self._compared) == len(self.scenario_names):
            if self._cancelled:
                return self._fail(tr("The comparison was cancelled; nothing was changed."))
            self._finish()

    def _raster_layers(self, name):
        """Difference rasters (scenario minus baseline) of the spec's raster outputs, written
        as GeoTIFFs in Processing's temporary folder (the dock saves them beside the project):
        ``raster_deltas[name]``, the first also as ``deltas[name]``; its cell and area counts
        in ``delta_counts[name]``."""
        import os

        from qgis.core import QgsProcessingUtils

        from ..core.scenarios.lenses import indicator_label
        from ..project.comparison_store import table_name
        from ..qgis_io.compare_io import raster_difference
        base = self._runs[BASELINE_NAME]
        scen = self._runs[name]
        layers, changes = {}, {}
        for output, column in self.spec.raster_deltas:
            if not (base.results.get(output) and scen.results.get(output)):
                continue
            path = os.path.join(QgsProcessingUtils.tempFolder(),
                                f"change_{output.lower()}_{table_name(name)}.tif")
            n = 1
            while os.path.exists(path):
                n += 1
                path = os.path.join(QgsProcessingUtils.tempFolder(),
                                    f"change_{output.lower()}_{table_name(name)}_{n}.tif")
            change = raster_difference(
                output, column, (base.results, self._run_params.get(BASELINE_NAME, {})),
                (scen.results, self._run_params.get(name, {})), path)
            layer = QgsRasterLayer(path, tr("Change in {what} – {s} vs baseline").format(
                what=tr(indicator_label(column)).split(" (")[0].lower(), s=name), "gdal")
            if not layer.isValid():
                raise QgsProcessingException(tr("The difference raster {f} could not be "
                                                "opened.").format(f=path))
            layer.setCustomProperty(RASTER_CHANGE_PROPERTY, column)
            layers[output] = layer
            changes[output] = change
        if not layers:
            return
        self._result.raster_deltas[name] = layers
        self._result.raster_changes[name] = changes
        first = next(iter(layers))
        self._result.deltas[name] = layers[first]
        c = changes[first]
        self._result.delta_counts[name] = {
            "CELLS_BETTER": c.better, "CELLS_WORSE": c.worse, "CELLS_SAME": c.same,
            "AREA_BETTER_M2": c.better_m2, "AREA_WORSE_M2": c.worse_m2,
            "MEAN_DELTA": c.mean_delta}

    def _area_layer(self, base_layer, scen_layer, name):
        key = self.spec.key_field
        crs = base_layer.crs()
        fields = area_difference_fields(key)
        wkb = "MultiPolygon"
        mem = QgsVectorLayer(f"{wkb}?crs={crs.authid()}", tr("Change – {s} vs baseline").format(
            s=name), "memory")
        mem.dataProvider().addAttributes(fields.toList())
        mem.updateFields()
        feats = []
        counts = {"better": 0, "worse": 0}
        area = {"better": 0.0, "worse": 0.0}
        for k, change, geom, a in area_differences(base_layer, scen_layer, key):
            f = QgsFeature(mem.fields())
            g = geom
            g.convertToMultiType()
            f.setGeometry(g)
            f.setAttributes([k, change, "newly_covered" if change == "better" else
                             "no_longer_covered", a])
            feats.append(f)
            counts[change] += 1
            area[change] += a
        mem.dataProvider().addFeatures(feats)
        mem.updateExtents()
        self._result.delta_counts[name] = {"AREA_GAINED_M2": area["better"],
                                           "AREA_LOST_M2": area["worse"]}
        return mem

    # -- end -------------------------------------------------------------------------------
    def _finish(self):
        import time
        if self._ended:
            return None
        self._ended = True
        self._running = False
        self._result.seconds = time.perf_counter() - self._t0
        self._result.log = []
        self.progressChanged.emit(100.0)
        self.message.emit(tr("Finished in {s:.1f} s.").format(s=self._result.seconds))
        self.finished.emit(self._result)

    def _fail(self, message):
        if self._ended:
            return None
        self._ended = True
        self._running = False
        self.failed.emit(message)
        return None


def run_record(alg, params, run_name):
    """How a run was made (the record project.runs keeps for Processing runs): the algorithm,
    its parameters as plain values, the run's name; kept with the persisted layers so a report
    made later can say how a result was made."""
    import datetime

    from qgis.core import Qgis

    from ..project.runs import plain_value, plugin_version
    try:
        dests = {d.name() for d in alg.destinationParameterDefinitions()}
        return {"algorithm": alg.name(), "algorithm_id": alg.id(),
                "display_name": alg.displayName(),
                "parameters": {k: plain_value(v) for k, v in params.items() if k not in dests},
                "defaults": {d.name(): plain_value(d.defaultValue())
                             for d in alg.parameterDefinitions()},
                "run": run_name, "source": "compare dock",
                "time": datetime.datetime.now().isoformat(timespec="seconds"),
                "qgis": Qgis.QGIS_VERSION, "plugin": plugin_version()}
    except Exception:  # noqa: BLE001 - a record is a courtesy, never a failure
        return {"run": run_name}


def _py(v):
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    return v
