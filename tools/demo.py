"""`make demo`: run UrbanPlan's main job on the bundled sample cities and write the outputs.

Starts QGIS headless, registers the UrbanPlan provider, then runs every demo step found in
tools/demo_steps/ (modules named NN_topic.py with ``run(ctx)``) in order. Each step writes its
layers into the output folder and prints a readable summary."""
import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class DemoContext:
    """What a demo step gets: output folder, data folder, and a runner for our algorithms."""

    def __init__(self, out):
        self.out = Path(out)
        self.data = ROOT / "resources" / "data"
        self.results = {}

    def run(self, alg, params):
        from qgis import processing
        from qgis.core import QgsProcessingFeedback
        return processing.run(f"urbanplan:{alg}", params, feedback=QgsProcessingFeedback())

    def path(self, name):
        return str(self.out / name)


def start_qgis():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from urbanplan_plugin.provider import UrbanPlanProvider
    provider = UrbanPlanProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="demo_output")
    parser.add_argument("--only", help="run only steps whose name contains this")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app, _provider = start_qgis()
    ctx = DemoContext(out)
    steps = sorted((ROOT / "tools" / "demo_steps").glob("[0-9][0-9]_*.py"))
    for step in steps:
        if args.only and args.only not in step.stem:
            continue
        spec = importlib.util.spec_from_file_location(step.stem, step)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        print(f"\n== {step.stem[3:].replace('_', ' ')} ==", flush=True)
        t0 = time.perf_counter()
        mod.run(ctx)
        print(f"   ({time.perf_counter() - t0:.1f} s)", flush=True)
    print(f"\nOutputs written to {out.resolve()}")
    app.exitQgis()


if __name__ == "__main__":
    main()
