"""Scenarios: a scenario's network from the baseline arrays vs rebuilding it; baseline + 3
scenarios of the 15-minute analysis on São Paulo."""
import os
import sys

import numpy as np

from benchutil import grid_lines, timed

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "resources", "data")


def _edits(n_segments, k=3):
    """k scenarios on a grid: each closes 20 blocks and adds 10 mid-block footpaths."""
    side = max(int(round((n_segments / 2) ** 0.5)) + 1, 2)
    rng = np.random.default_rng(7)
    out = []
    for _scenario in range(k):
        closures, paths = [], []
        for _ in range(20):
            i, j = rng.integers(0, side - 1, 2)
            x, y = i * 100.0 + 50.0, j * 100.0
            closures.append(np.array([[x, y - 5], [x, y + 5]]))
        for _ in range(10):
            i, j = rng.integers(0, side - 2, 2)
            x, y = i * 100.0 + 50.0, j * 100.0
            paths.append(np.array([[x, y], [x, y + 50.0], [x, y + 100.0]]))
        out.append((closures, paths))
    return out


def urbanplan_scenario_networks(n_segments):
    """Baseline built once (not timed: it is shared), then 3 scenario networks derived."""
    from urbanplan_plugin.core.network.build import LineSet, build_network
    from urbanplan_plugin.core.network.edit import closed_edges, scenario_network
    from urbanplan_plugin.core.network.snap import EdgeIndex
    base = build_network(LineSet.from_lines(grid_lines(n_segments)), tolerance=0.5)
    index = EdgeIndex(base)
    edits = _edits(n_segments)
    res = {}
    with timed(res):
        edges = []
        for closures, paths in edits:
            closed = closed_edges(base, LineSet.from_lines(closures), 1.0, index)
            change = scenario_network(base, closed, LineSet.from_lines(paths), tolerance=0.5,
                                      index=index)
            edges.append(change.network.edge_count)
    res["note"] = f"3 scenarios, {edges[0]:,} edges each"
    return res


def rebuild_scenario_networks(n_segments):
    """What a hand-edited copy costs: the whole network noded again for every scenario."""
    from urbanplan_plugin.core.network.build import LineSet, build_network
    lines = grid_lines(n_segments)
    edits = _edits(n_segments)
    res = {}
    with timed(res):
        for _closures, paths in edits:
            net = build_network(LineSet.from_lines(lines + paths), tolerance=0.5)
    res["note"] = f"3 full rebuilds, {net.edge_count:,} edges"
    return res


def networkx_scenario_graphs(n_segments):
    """The usual Python route: a networkx graph built per scenario (as osmnx-based tools do)."""
    import networkx as nx
    lines = grid_lines(n_segments)
    edits = _edits(n_segments)
    res = {}
    with timed(res):
        for _closures, paths in edits:
            g = nx.MultiGraph()
            for line in lines + paths:
                for (x0, y0), (x1, y1) in zip(line[:-1].tolist(), line[1:].tolist()):
                    g.add_edge((round(x0, 1), round(y0, 1)), (round(x1, 1), round(y1, 1)),
                               length=float(np.hypot(x1 - x0, y1 - y0)))
    res["note"] = f"3 graphs, {g.number_of_edges():,} edges"
    return res


# --- the 15-minute comparison in QGIS on São Paulo --------------------------------------------

def _start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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


def _sao_paulo_project():
    from qgis.core import QgsProject, QgsVectorLayer

    from urbanplan_plugin.core.scenarios.model import Override, ScenarioSet
    from urbanplan_plugin.project.scenario_store import layer_ref
    gpkg = os.path.join(DATA, "examples", "sao_paulo_climate_shelters.gpkg")
    streets = QgsVectorLayer(os.path.join(DATA, "sao_paulo", "spo_osm.pbf") + "|layername=lines",
                             "streets", "ogr")
    res = QgsVectorLayer(gpkg + "|layername=residents", "residents", "ogr")
    shel = QgsVectorLayer(gpkg + "|layername=shelters", "shelters", "ogr")
    project = QgsProject.instance()
    for lyr in (streets, res, shel):
        project.addMapLayer(lyr)
    ss = ScenarioSet()
    ss.set_baseline("streets", layer_ref(streets))
    ss.set_baseline("population", layer_ref(res))
    ss.set_baseline("facilities", layer_ref(shel))
    c = res.extent().center()
    a = ss.create("New shelters")
    a.overrides.append(Override("add", "facilities", crs="EPSG:32723", features=[
        {"wkt": f"Point({c.x() + dx} {c.y() + dy})", "attrs": {"category": "climate_shelter"}}
        for dx, dy in ((-1500, -1500), (1500, 1500), (-1500, 1500), (1500, -1500))]))
    b = ss.create("Closed streets")
    b.overrides.append(Override("remove", "streets", crs="EPSG:32723", features=[
        f"LineString({c.x() - 2000 + 100 * i} {c.y() - 50}, {c.x() - 2000 + 100 * i} "
        f"{c.y() + 50})" for i in range(40)]))
    d = ss.create("Slow walkers")
    d.params["WALK_SPEED_KMH"] = 3.6
    params = {"ORIGINS": res, "POPULATION_FIELD": "population", "DESTINATIONS": shel,
              "CATEGORY_FIELD": "category", "NETWORK": streets,
              "PRESET": "barcelona_climate_shelters"}
    return project, ss, params


def urbanplan_compare_dock(runs=4):
    """The compare dock's runner: inputs prepared once (one network build), the 4 analyses as
    parallel background tasks, 3 difference layers; the interface thread stays free."""
    import time
    app, _p = _start_qgis()
    from urbanplan_plugin.core.scenarios.lenses import analysis
    from urbanplan_plugin.ui.compare_runner import CompareRunner
    project, ss, params = _sao_paulo_project()
    res = {}
    done = {}
    with timed(res):
        runner = CompareRunner(analysis("fifteenminutecity"), ss, params, ss.names()[:runs - 1],
                               project)
        runner.finished.connect(lambda r: done.setdefault("ok", r))
        runner.failed.connect(lambda m: done.setdefault("fail", m))
        runner.start()
        longest_block = 0.0
        while not done:
            t0 = time.perf_counter()
            app.processEvents()
            longest_block = max(longest_block, time.perf_counter() - t0)
            time.sleep(0.002)
    if "fail" in done:
        raise RuntimeError(done["fail"])
    r = done["ok"]
    res["note"] = (f"baseline + {len(r.names) - 1} scenarios, longest UI-thread block "
                   f"{1000 * longest_block:.0f} ms")
    return res


def processing_run_each(runs=4):
    """The same four analyses run one after another with processing.run on raw street lines:
    the network is noded again in every run (what a user gets editing copies by hand)."""
    _app, _p = _start_qgis()
    from qgis import processing
    from qgis.core import QgsApplication, QgsProcessingFeedback

    from urbanplan_plugin.project.scenario_inputs import NetworkCache, ScenarioInputs
    project, ss, params = _sao_paulo_project()
    inputs = ScenarioInputs(ss, project, NetworkCache())
    fm = QgsApplication.processingRegistry().algorithmById("urbanplan:fifteenminutecity")
    # the edited copies exist before the clock starts (a user would have made them by hand);
    # every run gets street *lines* (an edited copy of the streets costs the same to node)
    prepared = []
    for name in [None] + ss.names()[:runs - 1]:
        p, _ = inputs.params_for(fm, params, ss.get(name) if name else None)
        prepared.append(dict(p, NETWORK=params["NETWORK"]))
    res = {}
    with timed(res):
        for p in prepared:
            processing.run("urbanplan:fifteenminutecity", dict(p, OUTPUT="memory:"),
                           feedback=QgsProcessingFeedback())
    res["note"] = f"{len(prepared)} runs, network noded in each"
    return res


def cases(quick=False):
    sizes = [10_000] if quick else [10_000, 100_000, 1_000_000]
    out = []
    for n in sizes:
        out.append((f"3 scenario networks, grid {n:,}", {
            "urbanplan (mask + node in)": ("urbanplan_scenario_networks", {"n_segments": n}),
            "rebuild from lines": ("rebuild_scenario_networks", {"n_segments": n}),
            "networkx graph per scenario": ("networkx_scenario_graphs", {"n_segments": n}),
        }))
    out.append(("São Paulo 15-min: baseline + 3 scenarios", {
        "urbanplan compare dock": ("urbanplan_compare_dock", {"runs": 4}),
        "processing.run x4": ("processing_run_each", {"runs": 4}),
    }))
    return out
