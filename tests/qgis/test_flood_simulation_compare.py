"""The flood simulation in the compare dock: a drainage-capacity scenario (a parameter change,
DRAINAGE_MM_H) against the baseline, through the lens the dock uses (core.scenarios.lenses,
ui.compare_runner), checked against two runs of urbanplan:floodsimulation made here with
processing.run and read here (their SUMMARY rows and MAX_DEPTH / RECESSION_H rasters), and the
direction: more drainage leaves less area flooded, which is 'better'."""
import math

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsLayerTreeLayer, QgsProject, QgsRasterLayer

from conftest import memory_layer
from urbanplan_plugin.core.scenarios.lenses import analysis
from urbanplan_plugin.core.scenarios.model import ScenarioSet
from urbanplan_plugin.project.scenario_store import layer_ref
from urbanplan_plugin.ui.compare_runner import CompareRunner

CRS = "EPSG:3067"
CELL = 5.0
N = 24
X0, Y0 = 385000.0, 6672000.0
SCENARIO = "Drainage 40 mm/h"
PARAMS = {"RAIN_MM": 40.0, "DURATION_H": 0.25, "HYETOGRAPH": "uniform",
          "SIMULATION_H": 0.75, "BOUNDARY": "closed", "MIN_HOURS": 0.25}


def bowl_dem(path):
    """A bowl: ground rises 2 cm per cell² of squared distance from the centre cell, so rain
    gathers in the middle (a pond a few decimetres deep)."""
    r = np.arange(N)[:, None] - (N - 1) / 2
    c = np.arange(N)[None, :] - (N - 1) / 2
    z = (10.0 + 0.004 * (r * r + c * c)).astype(np.float32)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), N, N, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(z)
    ds.GetRasterBand(1).SetNoDataValue(-9999.0)
    ds = None
    return str(path)


def homes():
    """Three houses: at the bottom of the bowl, half-way up, on the rim."""
    mid = X0 + N * CELL / 2, Y0 - N * CELL / 2
    pts = [(mid[0], mid[1]), (mid[0] + 15, mid[1]), (X0 + 3, Y0 - 3)]
    return memory_layer("Point", CRS, [(f"Point({x} {y})", [10.0 * (i + 1)])
                                       for i, (x, y) in enumerate(pts)],
                        fields=(("residents", "double"),))


def read_summary(layer):
    feats = list(layer.getFeatures())
    assert len(feats) == 1
    return {f.name(): feats[0][f.name()] for f in layer.fields()}


def cells(path):
    ds = gdal.Open(str(path))
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    nd = b.GetNoDataValue()
    if nd is not None:
        a[a == nd] = np.nan
    return a


@pytest.fixture
def drainage_case(tmp_path, provider, qgis_new_project):
    dem_path = bowl_dem(tmp_path / "bowl.tif")
    project = QgsProject.instance()
    project.removeAllMapLayers()
    dem = QgsRasterLayer(dem_path, "Terrain", "gdal")
    people = homes()
    project.addMapLayer(dem)
    project.addMapLayer(people)
    sset = ScenarioSet()
    sset.set_baseline("terrain", layer_ref(dem))
    sset.set_baseline("population", layer_ref(people))
    sset.create(SCENARIO).params["DRAINAGE_MM_H"] = 40.0
    params = dict(PARAMS, DEM=dem, POPULATION=people, POPULATION_FIELD="residents")
    return project, sset, params, dem_path, people


def independent_runs(run_alg, tmp_path, dem_path, people):
    """The two runs made directly, with file outputs read back here."""
    out = {}
    for tag, drain in (("base", 0.0), ("scen", 40.0)):
        p = dict(PARAMS, DEM=dem_path, POPULATION=people, POPULATION_FIELD="residents",
                 DRAINAGE_MM_H=drain, SUMMARY="memory:")
        for k in ("MAX_DEPTH", "MAX_VELOCITY", "HAZARD", "ARRIVAL_H", "RECESSION_H"):
            p[k] = str(tmp_path / f"{tag}_{k.lower()}.tif")
        res = run_alg("floodsimulation", p)
        out[tag] = (read_summary(res["SUMMARY"]), res)
    return out


def test_drainage_scenario_through_the_lens(drainage_case, qtbot, run_alg, tmp_path):
    project, sset, params, dem_path, people = drainage_case
    spec = analysis("floodsimulation")
    runner = CompareRunner(spec, sset, params, [SCENARIO], project)
    box = {}
    runner.finished.connect(lambda r: box.setdefault("ok", r))
    runner.failed.connect(lambda m: box.setdefault("fail", m))
    assert runner.start()
    qtbot.waitUntil(lambda: bool(box), timeout=120000)
    assert "ok" in box, box.get("fail")
    res = box["ok"]
    runs = independent_runs(run_alg, tmp_path, dem_path, people)
    base, scen = runs["base"][0], runs["scen"][0]
    # the case floods, and more drainage floods less (else the test could not fail)
    assert base["flooded_10cm_m2"] > 0 and scen["flooded_10cm_m2"] < base["flooded_10cm_m2"]
    assert scen["drainage_m3"] > 0 and base["drainage_m3"] == 0
    rows = {r["indicator"]: r for r in res.indicator_rows()}
    expected = ["flooded_10cm_m2", "flooded_30cm_m2", "flooded_50cm_m2", "wet_m2",
                "max_depth_m", "stored_m3", "drainage_m3", "outflow_m3", "pop_flooded",
                "pop_flooded_long", "pop_still_flooded"]
    for ind in expected:
        assert ind in rows, (ind, sorted(rows))
        row = rows[ind]
        got_b, got_s = row["base"], row["scenarios"][SCENARIO]["scenario"]
        assert got_b == pytest.approx(base[ind], rel=1e-6, abs=1e-9), ind
        assert got_s == pytest.approx(scen[ind], rel=1e-6, abs=1e-9), ind
        delta = row["scenarios"][SCENARIO]["delta"]
        assert delta == pytest.approx(scen[ind] - base[ind], rel=1e-6, abs=1e-9), ind
    verdict = {k: rows[k]["scenarios"][SCENARIO]["verdict"] for k in expected}
    assert verdict["flooded_10cm_m2"] == "better"           # less area flooded: better
    assert verdict["max_depth_m"] == "better"
    assert verdict["drainage_m3"] == "better"               # more water drained: better
    assert verdict["outflow_m3"] not in ("better", "worse")  # closed edges: no direction
    # the people at the bottom of the bowl are flooded in both runs
    assert base["pop_flooded"] >= 10
    # the dock's table leaves out the numeric outputs that repeat the summary
    from urbanplan_plugin.ui.compare_dock import CompareDock
    shown = {r["indicator"] for r in CompareDock.visible_rows(res)}
    assert "flooded_10cm_m2" in shown and "FLOODED_AREA_M2" not in shown
    assert "MASS_BALANCE_ERROR_PCT" not in shown                # kept in the export
    assert "MASS_BALANCE_ERROR_PCT" in rows
    # difference rasters: scenario minus baseline, cell by cell
    d_depth = res.raster_deltas[SCENARIO]["MAX_DEPTH"]
    assert res.deltas[SCENARIO] is d_depth
    want = cells(tmp_path / "scen_max_depth.tif") - cells(tmp_path / "base_max_depth.tif")
    got = cells(d_depth.source())
    assert got.shape == want.shape
    assert np.allclose(got, want, atol=1e-5, equal_nan=True)
    counts = res.delta_counts[SCENARIO]
    assert counts["CELLS_BETTER"] == int((want < -0.01).sum()) > 0
    assert counts["CELLS_WORSE"] == int((want > 0.01).sum())
    assert counts["AREA_BETTER_M2"] == pytest.approx(counts["CELLS_BETTER"] * CELL * CELL)
    # recession: 0 h where never 10 cm deep, no value where still deeper at the end
    rec_b = cells(tmp_path / "base_recession_h.tif")
    rec_s = cells(tmp_path / "scen_recession_h.tif")
    dep_b = cells(tmp_path / "base_max_depth.tif")
    dep_s = cells(tmp_path / "scen_max_depth.tif")
    rec_b = np.where(np.isnan(rec_b) & (dep_b < 0.1), 0.0, rec_b)
    rec_s = np.where(np.isnan(rec_s) & (dep_s < 0.1), 0.0, rec_s)
    got_rec = cells(res.raster_deltas[SCENARIO]["RECESSION_H"].source())
    assert np.allclose(got_rec, rec_s - rec_b, atol=1e-5, equal_nan=True)
    assert np.isfinite(got_rec).any()


def test_compare_dock_shows_and_keeps_the_difference_rasters(
        qgis_iface, qgis_new_project, provider, qtbot, tmp_path):
    """The dock with the raster lens: the difference raster shown in blue/red, the recession
    difference and both runs' depths hidden, all saved as GeoTIFFs that follow the project."""
    from urbanplan_plugin.project.comparison_store import GROUP_PROPERTY, LAYER_PROPERTY
    from urbanplan_plugin.project.scenario_store import ScenarioStore
    from urbanplan_plugin.ui.compare_dock import CompareDock
    from urbanplan_plugin.ui.scenario_dock import ScenarioDock
    project = QgsProject.instance()
    project.clear()
    dem = QgsRasterLayer(bowl_dem(tmp_path / "bowl.tif"), "Terrain", "gdal")
    project.addMapLayer(dem)
    store = ScenarioStore(project)
    sdock = ScenarioDock(qgis_iface, store)
    cdock = CompareDock(qgis_iface, store)
    try:
        sdock.set_baseline_layer("terrain", dem)
        s = sdock.new_scenario(SCENARIO)
        s.params["DRAINAGE_MM_H"] = 40.0
        store.save()
        assert cdock.select_analysis("floodsimulation")
        assert cdock.form.layer_widgets()["DEM"].currentLayer() is dem   # the terrain role
        for k, v in PARAMS.items():
            cdock.form.set_value(k, v)
        box = {}
        assert cdock.run()
        cdock.runner.finished.connect(lambda r: box.setdefault("ok", r))
        cdock.runner.failed.connect(lambda m: box.setdefault("fail", m))
        qtbot.waitUntil(lambda: bool(box), timeout=120000)
        assert "ok" in box, (box.get("fail"), cdock.logView.toPlainText())
        result = box["ok"]
        group = next(g for g in project.layerTreeRoot().findGroups()
                     if g.customProperty(GROUP_PROPERTY))
        nodes = {n.layer().name(): n for n in group.findLayers()}
        changes = [n for name, n in nodes.items() if name.startswith("Change")]
        assert len(changes) == 2
        shown = [n for n in changes if n.isVisible()]
        assert len(shown) == 1 and "depth" in shown[0].layer().name()
        for n in nodes.values():
            lyr = n.layer()
            assert isinstance(lyr, QgsRasterLayer) and lyr.isValid()
            assert lyr.customProperty(LAYER_PROPERTY) and lyr.source().endswith(".tif")
        # blue = shallower (better), red = deeper, no change clear
        r = shown[0].layer().renderer()
        items = r.shader().rasterShaderFunction().colorRampItemList()
        neg = [i for i in items if i.value < 0]
        pos = [i for i in items if 0 < i.value and not math.isinf(i.value)]
        assert neg and pos
        assert all(i.color.blue() > i.color.red() for i in neg)
        assert all(i.color.red() > i.color.blue() for i in pos[1:])
        assert any(i.color.alpha() == 0 for i in items)
        assert "shallower" in " ".join(i.label for i in neg)
        assert result.raster_deltas[SCENARIO]["MAX_DEPTH"] is shown[0].layer()
        # the chart: the % change of the flood indicators (no share to draw)
        labels, data, unit, _heading = cdock.chart_data(result)
        assert unit == "% change from the baseline"
        assert any("10cm" in lab for lab in labels) and data[SCENARIO]
        # exported: the summaries into the GeoPackage, the rasters as GeoTIFFs beside it
        (tmp_path / "export").mkdir()
        written = cdock.export_layers(str(tmp_path / "export" / "cmp.gpkg"))
        tifs = [w for w in written if w.endswith(".tif")]
        assert len(tifs) == 4, written                  # two depths, two differences
        for name in tifs:
            assert (tmp_path / "export" / name).exists()
            assert (tmp_path / "export" / name).with_suffix(".qml").exists()
        # saved with the project: the rasters move beside it, with their style
        path = tmp_path / "town.qgz"
        assert project.write(str(path))
        beside = str(tmp_path / "town_comparisons") + "/"
        for n in group.findLayers():
            assert n.layer().source().startswith(beside), n.layer().source()
        name = shown[0].layer().name()
        project.clear()
        assert project.read(str(path))
        again = [lyr for lyr in project.mapLayers().values()
                 if lyr.customProperty(LAYER_PROPERTY)]
        assert len(again) == 4 and all(lyr.isValid() for lyr in again)
        layer = next(lyr for lyr in again if lyr.name() == name)
        node = project.layerTreeRoot().findLayer(layer.id())
        assert isinstance(node, QgsLayerTreeLayer) and node.isVisible()
        items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
        assert any(i.color.alpha() == 0 for i in items)       # the style came back too
    finally:
        sdock.cleanup()
        cdock.cleanup()
        from qgis.PyQt import sip
        for d in (sdock, cdock):
            sip.delete(d)


@pytest.mark.slow
def test_the_workshop_sheet_numbers_come_from_the_lens(provider, qgis_new_project, qtbot,
                                                      tmp_path):
    """docs/workshop_1day.md (rain exercise): the numbers it quotes are what the lens gives on
    the workshop kit (terrain_synthetic.tif, buildings with residents, 'Drainage 20 mm/h')."""
    import re
    import shutil

    from qgis.core import QgsVectorLayer

    from conftest import ROOT
    kit = ROOT / "resources" / "workshop"
    shutil.copy(kit / "helsinki_workshop.gpkg", tmp_path / "w.gpkg")
    project = QgsProject.instance()
    project.removeAllMapLayers()
    dem = QgsRasterLayer(str(kit / "terrain_synthetic.tif"), "Terrain (synthetic)", "gdal")
    homes = QgsVectorLayer(f"{tmp_path / 'w.gpkg'}|layername=buildings", "homes", "ogr")
    project.addMapLayers([dem, homes])
    sset = ScenarioSet()
    sset.set_baseline("terrain", layer_ref(dem))
    sset.set_baseline("population", layer_ref(homes))
    sset.create("Drainage 20 mm/h").params["DRAINAGE_MM_H"] = 20.0
    params = {"DEM": dem, "RAIN_MM": 40.0, "DURATION_H": 1.0, "HYETOGRAPH": "chicago",
              "SIMULATION_H": 1.5, "BOUNDARY": "open", "POPULATION": homes,
              "POPULATION_FIELD": "population", "MIN_HOURS": 0.5}
    runner = CompareRunner(analysis("floodsimulation"), sset, params, ["Drainage 20 mm/h"],
                           project)
    box = {}
    runner.finished.connect(lambda r: box.setdefault("ok", r))
    runner.failed.connect(lambda m: box.setdefault("fail", m))
    assert runner.start()
    qtbot.waitUntil(lambda: bool(box), timeout=900000)
    assert "ok" in box, box.get("fail")
    rows = {r["indicator"]: r for r in box["ok"].indicator_rows()}

    def pair(ind):
        r = rows[ind]
        return r["base"], r["scenarios"]["Drainage 20 mm/h"]["scenario"]

    sheet = (ROOT / "docs" / "workshop_1day.md").read_text(encoding="utf-8")
    text = sheet[sheet.index("Rain instead of a water level"):]

    def quoted(pattern):
        m = re.search(pattern, text, re.S)
        assert m, pattern
        return [float(g.replace(" ", "").replace("\n", "")) for g in m.groups()]

    a, b = quoted(r"10 cm deep ([\d ]+) → ([\d ]+) m²")
    assert pair("flooded_10cm_m2") == (pytest.approx(a), pytest.approx(b))
    a, b = quoted(r"deepest water ([\d.]+) → ([\d.]+) m")
    assert [round(v, 2) for v in pair("max_depth_m")] == [a, b]
    a, b = quoted(r"10 cm deep or more (\d+) → (\d+)")
    assert [round(v) for v in pair("pop_flooded")] == [a, b]
    assert [round(v) for v in pair("pop_flooded_long")] == [a, b]     # "all of them"
    (drained,) = quoted(r"([\d ]+) m³ drained")
    assert round(pair("drainage_m3")[1]) == drained
    (area,) = quoted(r"shallower \(([\d ]+) m²")
    assert box["ok"].delta_counts["Drainage 20 mm/h"]["AREA_BETTER_M2"] == pytest.approx(area)
