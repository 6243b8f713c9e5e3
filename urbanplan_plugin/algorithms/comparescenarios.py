"""urbanplan:comparescenarios — two result layers of the same analysis -> delta layer + summary."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.scenarios.compare import compare_tables, parse_directions
from ..qgis_io.compare_io import (
    check_same_analysis,
    common_numeric_fields,
    delta_fields,
    read_table,
    summary_fields,
    write_delta,
    write_summary,
)
from ..qgis_io.layers import check_source, engine_errors
from ..qgis_io.qgis_compat import parameter_as_fields, set_advanced
from .base import UrbanPlanAlgorithm


class CompareScenarios(UrbanPlanAlgorithm):
    NAME = "comparescenarios"
    GROUP = "scenarios"

    BASELINE = "BASELINE"
    SCENARIO = "SCENARIO"
    KEY_FIELD = "KEY_FIELD"
    FIELDS = "FIELDS"
    POPULATION_FIELD = "POPULATION_FIELD"
    DIRECTIONS = "DIRECTIONS"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("Compare scenarios (baseline vs scenario)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Pair two result layers of the same analysis and show, per feature and "
                       "field, what the scenario changes: better, worse or the same.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Compares the result of one analysis run on the baseline with the same analysis run "
            "on a scenario (for example two outputs of the 15-minute city analysis).\n\n"
            "Pairing: rows are paired by the key field (for example an origin id), or, when it "
            "is empty, by identical geometry (to the millimetre). Rows found on one side only "
            "are kept and marked only_baseline / only_scenario.\n\n"
            "Fields: the numeric fields to compare; empty = every numeric field the two layers "
            "share (identifiers such as fid and the population field are left out). For each "
            "field F the output has F_base, F_scen, F_delta (scenario minus baseline) and "
            "F_status.\n\n"
            "Better or worse: less walk time, distance, depth or exposure is better; more "
            "coverage, share within a threshold, score or park area is better. The direction is "
            "read from the field name (time, dist, depth, exposed... = lower is better; share, "
            "within, coverage, score, area... = higher is better); set it yourself under "
            "Directions, e.g. 'time_school_min: lower, n_within: higher'.\n\n"
            "NULL is never turned into a number: a walk time going from a value to NULL is "
            "flagged newly_unreachable (worse), from NULL to a value newly_reachable (better); a "
            "flood depth from NULL (dry) to a value is newly_affected (worse). F_delta is NULL "
            "then.\n\n"
            "change: better (some field better, none worse), worse, mixed, same, no_data. "
            "change_detail names the strongest news for the map legend (newly unreachable, "
            "newly reachable, ...).\n\n"
            "Summary table, one row per field: how many rows are better, worse, the same, "
            "newly reachable or unreachable; the mean of the baseline, the scenario and the "
            "delta; and, with a population field, the population-weighted mean delta "
            "(sum of population x delta / sum of population, over rows with a value on both "
            "sides) and the population that is better or worse off.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BASELINE, self.tr("Baseline result layer"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCENARIO, self.tr("Scenario result layer (same analysis)"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.KEY_FIELD, self.tr("Key field pairing the rows (empty = same geometry)"),
            parentLayerParameterName=self.BASELINE, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FIELDS, self.tr("Fields to compare (empty = all common numeric fields)"),
            parentLayerParameterName=self.BASELINE,
            type=QgsProcessingParameterField.DataType.Numeric, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (weights the summary)"),
            parentLayerParameterName=self.BASELINE,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(set_advanced(QgsProcessingParameterString(
            self.DIRECTIONS, self.tr("Directions, e.g. 'score: higher, time_school_min: "
                                     "lower/worst' (empty = read from the field names)"),
            optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Differences (baseline vs scenario)"),
            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Comparison summary per field"),
            QgsProcessing.SourceType.TypeVector, optional=True, createByDefault=True))
        for key, label in (("N_ROWS", self.tr("Rows compared")),
                           ("N_BETTER", self.tr("Rows better off")),
                           ("N_WORSE", self.tr("Rows worse off")),
                           ("N_MIXED", self.tr("Rows better in one field, worse in another")),
                           ("N_SAME", self.tr("Rows unchanged")),
                           ("N_NO_DATA", self.tr("Rows without values on either side")),
                           ("POP_BETTER", self.tr("Population better off")),
                           ("POP_WORSE", self.tr("Population worse off"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        base = self.parameterAsSource(parameters, self.BASELINE, context)
        scen = self.parameterAsSource(parameters, self.SCENARIO, context)
        for src, what in ((base, self.tr("baseline")), (scen, self.tr("scenario"))):
            if src is None:
                raise QgsProcessingException(self.tr(
                    "The {what} result layer could not be opened.").format(what=what))
            check_source(src, what)
        check_same_analysis(base, scen)
        key = self.parameterAsString(parameters, self.KEY_FIELD, context) or None
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        fields = parameter_as_fields(self, parameters, self.FIELDS, context)
        with engine_errors():
            rules = parse_directions(self.parameterAsString(parameters, self.DIRECTIONS, context))
        if key and key not in scen.fields().names():
            raise QgsProcessingException(self.tr(
                "The key field '{k}' is not in the scenario layer. Both layers must come from "
                "the same analysis.").format(k=key))
        if pop_field and pop_field not in base.fields().names():
            raise QgsProcessingException(self.tr("The population field '{f}' is not in the "
                                                 "baseline layer.").format(f=pop_field))
        if not fields:
            fields = common_numeric_fields(base.fields(), scen.fields(), exclude=(key, pop_field))
            if not fields:
                raise QgsProcessingException(self.tr(
                    "The two layers share no numeric field to compare. Are they results of the "
                    "same analysis?"))
            feedback.pushInfo(self.tr("Comparing the common numeric fields: {f}.").format(
                f=", ".join(fields)))
        missing = [f for f in fields if f not in scen.fields().names()]
        if missing:
            raise QgsProcessingException(self.tr(
                "Field(s) {f} are not in the scenario layer. Both layers must come from the "
                "same analysis.").format(f=", ".join(missing)))
        unknown = [f for f in rules if f not in fields]
        if unknown:
            feedback.pushWarning(self.tr("Directions given for fields that are not compared: "
                                         "{f}.").format(f=", ".join(unknown)))
        crs = base.sourceCrs()
        b = read_table(base, fields, key, pop_field, crs, feedback, self.tr("baseline"))
        if b is None:
            return {}
        s = read_table(scen, fields, key, pop_field if pop_field in scen.fields().names()
                       else None, crs, feedback, self.tr("scenario"))
        if s is None:
            return {}
        bkeys, bvals, bpop, bgeoms, _ = b
        skeys, svals, spop, sgeoms, _ = s
        feedback.setProgress(50)
        population = None
        if bpop is not None:
            population = (bpop, spop) if spop is not None else bpop
        with engine_errors():
            comp = compare_tables(bkeys, bvals, skeys, svals, fields, rules, population)
        for f in fields:
            r = comp.rules[f]
            feedback.pushInfo(self.tr("{f}: {d} is better; NULL means {n}.").format(
                f=f, d={"lower": self.tr("lower"), "higher": self.tr("higher"),
                        "none": self.tr("neither (direction unknown)")}[r.direction],
                n={"worst": self.tr("unreachable"), "best": self.tr("not affected"),
                   "none": self.tr("no value")}[r.nan_means]))
        key_qfield = base.fields().field(key) if key else None
        out_fields = delta_fields(fields, key_qfield, pop_field)
        wkb = base.wkbType()
        if QgsWkbTypes.geometryType(wkb) in (QgsWkbTypes.GeometryType.UnknownGeometry,
                                             QgsWkbTypes.GeometryType.NullGeometry):
            wkb = QgsWkbTypes.Type.NoGeometry
        sink, dest = self.sink(parameters, self.OUTPUT, context, out_fields, wkb, crs)
        if not write_delta(sink, out_fields, comp, bgeoms, sgeoms, bkeys, skeys, key, feedback):
            return {}
        results = {self.OUTPUT: dest}
        rows = comp.summary()
        sum_sink, sum_dest = self.sink(parameters, self.SUMMARY, context, summary_fields(),
                                       QgsWkbTypes.Type.NoGeometry, required=False)
        if sum_sink is not None:
            write_summary(sum_sink, rows)
            results[self.SUMMARY] = sum_dest
        counts = comp.counts()
        results.update({"N_ROWS": len(comp), "N_BETTER": counts["better"],
                        "N_WORSE": counts["worse"], "N_MIXED": counts["mixed"],
                        "N_SAME": counts["same"], "N_NO_DATA": counts["no_data"]})
        pop_better = pop_worse = None
        if comp.population is not None:
            p = np.where(np.isfinite(comp.population), comp.population, 0.0)
            pop_better = float(p[comp.change == "better"].sum())
            pop_worse = float(p[comp.change == "worse"].sum())
        results.update({"POP_BETTER": pop_better, "POP_WORSE": pop_worse})
        feedback.pushInfo(self.tr("{n} rows: {b} better, {w} worse, {m} mixed, {s} unchanged, "
                                  "{d} without data.").format(
            n=len(comp), b=counts["better"], w=counts["worse"], m=counts["mixed"],
            s=counts["same"], d=counts["no_data"]))
        for row in rows:
            feedback.pushInfo(self.tr("  {f}: {b} better, {w} worse, mean delta {m}{p}").format(
                f=row["field"], b=row["n_better"], w=row["n_worse"],
                m="-" if row["mean_delta"] is None else f"{row['mean_delta']:+.3g}",
                p="" if row["pop_weighted_delta"] is None else self.tr(
                    ", population-weighted {v:+.3g}").format(v=row["pop_weighted_delta"])))
        feedback.setProgress(100)
        return results
