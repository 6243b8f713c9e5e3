"""urbanplan:batchareas — one analysis over many areas (cities, or tiles of a region) on Dask.

The Processing face of the headless batch runner (urbanplan_plugin/batch, docs/batch.md): it
starts ``python3 -m urbanplan_plugin.batch`` in a separate process (Dask workers are processes
of a Python interpreter, never of QGIS), shows its progress and log, and stops it on cancel.
"""
import importlib.util
import os
import re
import shutil
import subprocess
import sys

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)

from ..i18n import tr
from .base import Choice, UrbanPlanAlgorithm, tr_noop

BATCH_ALGORITHMS = ("fifteenminutecity", "accessibilitygrid", "sdg1171", "greenspacecoverage",
                    "floodexposure")
PROGRESS = re.compile(r"^\[(\d+)/(\d+)\]")
ANALYSIS = Choice("ALGORITHM", tr_noop("Analysis"),
                  [(a, f"urbanplan:{a}") for a in BATCH_ALGORITHMS], BATCH_ALGORITHMS[0])


def python_command():
    """A Python interpreter that can run the batch: QGIS's own (its executable may be the QGIS
    binary, so the interpreter next to it is looked for), else python3 on the PATH."""
    candidates = []
    exe = sys.executable or ""
    if os.path.basename(exe).lower().startswith("python"):
        candidates.append(exe)
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for prefix in (sys.exec_prefix, sys.base_exec_prefix):
        candidates += [os.path.join(prefix, "bin", f"python{version}"),
                       os.path.join(prefix, "bin", "python3"),
                       os.path.join(prefix, "python.exe"), os.path.join(prefix, "python3.exe")]
    candidates += [shutil.which("python3"), shutil.which("python")]
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


def plugin_parent():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def layer_path(value, what):
    """The file behind a layer given as a project layer (id or name) or a path."""
    if value is None:
        return None
    layer = None
    if hasattr(value, "source"):
        layer = value
    else:
        text = str(value).strip()
        project = QgsProject.instance()
        layer = project.mapLayer(text) or next(iter(project.mapLayersByName(text)), None)
        if layer is None:
            return text
    if layer.providerType() not in ("ogr", "gdal") or (hasattr(layer, "subsetString")
                                                        and layer.subsetString()):
        raise QgsProcessingException(tr(
            "The {what} layer '{name}' is not a whole file (it is a memory, database or "
            "filtered layer). Save it as a GeoPackage and use that file.").format(
            what=what, name=layer.name()))
    return layer.source()


class BatchAreas(UrbanPlanAlgorithm):
    NAME = "batchareas"
    GROUP = "prepare"

    ALGORITHM = "ALGORITHM"
    AREAS = "AREAS"
    AREA_ID = "AREA_ID"
    PARAMETERS = "PARAMETERS"
    SCHEDULER = "SCHEDULER"
    WORKERS = "WORKERS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def group(self):
        return self.tr("Batch")

    def groupId(self):  # noqa: N802
        return "batch"

    def displayName(self):  # noqa: N802
        return self.tr("Run an analysis over many areas (Dask batch)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Compute one UrbanPlan analysis for many cities or for the tiles of a "
                       "large region, in parallel worker processes, without QGIS.")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Runs fifteenminutecity, accessibilitygrid, sdg1171, greenspacecoverage or "
            "floodexposure for every polygon of the areas layer (city boundaries, or tiles of a "
            "region), on a Dask cluster: worker processes on this computer (WORKERS), or an "
            "existing cluster at the SCHEDULER address (e.g. tcp://10.0.0.5:8786; its workers "
            "need the plugin installed and the input files at the same paths, e.g. a shared "
            "folder).\n\n"
            "PARAMETERS are the analysis's own parameters, one KEY=VALUE per line, with the "
            "names of its Processing dialog (e.g. ORIGINS=/data/homes.gpkg, THRESHOLD_MIN=15). "
            "Layers are files (a project layer's name is replaced by its file); they cover the "
            "whole region: each area is computed with a margin as wide as the analysis's search "
            "horizon, so every result equals that of one run over the whole region.\n\n"
            "Outputs in OUTPUT_FOLDER: areas/<area>.gpkg per area, result.gpkg (all areas in "
            "one layer, loaded as RESULT), summary.csv (one row per area, category and group, "
            "the columns of the analysis's summary) and batch.json (the run's record). Areas "
            "already finished in that folder are skipped when the same batch runs again; an "
            "area that fails is reported with its reason and does not stop the others.\n\n"
            "Needs the Python packages dask and distributed (Debian: python3-dask, "
            "python3-distributed). The same runner works from a terminal: python3 -m "
            "urbanplan_plugin.batch (see docs/batch.md).") + self.choices_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_choice(ANALYSIS)
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.AREAS, self.tr("Areas (city boundaries or tiles)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_ID, self.tr("Area name field (empty = feature id)"),
            parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PARAMETERS, self.tr("Parameters of the analysis (KEY=VALUE, one per line)"),
            multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEDULER, self.tr("Dask scheduler address (empty = workers on this "
                                    "computer)"), optional=True))
        self.add_number(self.WORKERS, self.tr("Worker processes on this computer"),
                        tr_noop("number of worker processes"),
                        default=max(1, min(os.cpu_count() or 1, 4)), minimum=1, above=False,
                        integer=True)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputVectorLayer(
            "RESULT", self.tr("Result of every area")))
        self.addOutput(QgsProcessingOutputFile("SUMMARY", self.tr("Summary table (CSV)")))
        self.addOutput(QgsProcessingOutputFolder("FOLDER", self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("AREAS_DONE", self.tr("Areas finished")))
        self.addOutput(QgsProcessingOutputNumber("AREAS_FAILED", self.tr("Areas failed")))

    def canExecute(self):  # noqa: N802
        missing = [m for m in ("dask", "distributed") if importlib.util.find_spec(m) is None]
        if missing:
            return False, self.tr("The batch needs the Python packages dask and distributed "
                                  "(Debian: apt install python3-dask python3-distributed).")
        return True, ""

    @staticmethod
    def parse_parameters(text):
        """[KEY=VALUE] from lines (or ';'-separated); layer names become their files."""
        items = []
        for line in re.split(r"[\n;]", text or ""):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "=" not in line:
                raise QgsProcessingException(tr(
                    "'{line}' is not KEY=VALUE. Give one parameter per line, e.g. "
                    "THRESHOLD_MIN=15.").format(line=line))
            key, value = line.split("=", 1)
            key, value = key.strip(), value.strip()
            project = QgsProject.instance()
            layer = project.mapLayer(value) or next(iter(project.mapLayersByName(value)), None)
            if layer is not None:
                value = layer_path(layer, key)
            items.append(f"{key}={value}")
        return items

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        alg = self.read_choice(parameters, self.ALGORITHM, context)
        areas = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        if areas is None:
            raise QgsProcessingException(self.tr("The areas layer could not be opened."))
        areas_path = layer_path(areas, self.tr("areas"))
        area_id = self.parameterAsString(parameters, self.AREA_ID, context) or None
        items = self.parse_parameters(self.parameterAsString(parameters, self.PARAMETERS,
                                                             context))
        scheduler = self.parameterAsString(parameters, self.SCHEDULER, context).strip()
        workers = self.read_number(parameters, self.WORKERS, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        python = python_command()
        if python is None:
            raise QgsProcessingException(self.tr("No Python interpreter was found to run the "
                                                 "batch workers."))
        cmd = [python, "-m", "urbanplan_plugin.batch", alg, "--areas", areas_path,
               "--out", folder]
        if area_id:
            cmd += ["--area-id", area_id]
        for item in items:
            cmd += ["--param", item]
        if scheduler:
            cmd += ["--scheduler", scheduler]
        else:
            cmd += ["--workers", str(workers)]
        env = dict(os.environ)
        env["PYTHONPATH"] = plugin_parent() + (os.pathsep + env["PYTHONPATH"]
                                               if env.get("PYTHONPATH") else "")
        env.pop("PYTHONHOME", None)
        feedback.pushCommandInfo(" ".join(cmd))
        code, lines = self._run(cmd, env, feedback)
        if feedback.isCanceled():
            return {}
        if code not in (0, 2):
            tail = "\n".join(lines[-15:])
            raise QgsProcessingException(self.tr("The batch stopped: {msg}").format(
                msg=tail or code))
        import json
        record = {}
        try:
            with open(os.path.join(folder, "batch.json"), encoding="utf-8") as fh:
                record = json.load(fh)
        except (OSError, ValueError):
            pass
        failed = record.get("failed") or {}
        for area, reason in failed.items():
            feedback.reportError(self.tr("Area {a} failed: {r}").format(a=area, r=reason))
        result = os.path.join(folder, "result.gpkg")
        done = int(record.get("areas_computed", 0)) + int(record.get("areas_skipped", 0))
        return {"RESULT": (f"{result}|layername=result" if os.path.exists(result) else None),
                "SUMMARY": os.path.join(folder, "summary.csv"), "FOLDER": folder,
                "OUTPUT_FOLDER": folder, "AREAS_DONE": done, "AREAS_FAILED": len(failed)}

    @staticmethod
    def _run(cmd, env, feedback):
        """Run the batch process; its lines go to the log, ``[k/N]`` lines move the progress
        bar; cancel stops it (the areas finished so far are kept)."""
        kwargs = {}
        if os.name == "posix":
            kwargs["start_new_session"] = True
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, bufsize=1, **kwargs)
        lines = []
        try:
            for line in proc.stdout:
                line = line.rstrip()
                if not line:
                    continue
                lines.append(line)
                m = PROGRESS.match(line)
                if m:
                    feedback.setProgress(100.0 * int(m.group(1)) / max(int(m.group(2)), 1))
                if "FAILED" in line or line.startswith("error:"):
                    feedback.pushWarning(line)
                else:
                    feedback.pushInfo(line)
                if feedback.isCanceled():
                    break
        finally:
            if feedback.isCanceled() and proc.poll() is None:
                _stop(proc)
            proc.wait()
        return proc.returncode, lines


def _stop(proc):
    """End the batch process and its workers (its own process group on POSIX)."""
    try:
        if os.name == "posix":
            import signal
            os.killpg(proc.pid, signal.SIGTERM)
        else:
            proc.terminate()
    except (OSError, ProcessLookupError):
        pass
