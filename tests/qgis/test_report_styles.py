"""Layer styles: every output Processing loads into the project gets its UrbanPlan style (the
run's threshold named in the legend) and its run record; styles chosen from the fields alone;
point/line layers get symbols of their own type; every shipped .qml loads."""
import json

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
)

from conftest import ROOT, memory_layer

CRS = "EPSG:32723"
X0, Y0 = 330000.0, 7390000.0


def grid(n=4, spacing=100.0):
    feats = []
    for i in range(n):
        c = i * spacing
        feats.append("LineString(" + ", ".join(f"{X0 + j * spacing} {Y0 + c}"
                                               for j in range(n)) + ")")
        feats.append("LineString(" + ", ".join(f"{X0 + c} {Y0 + j * spacing}"
                                               for j in range(n)) + ")")
    return memory_layer("LineString", CRS, feats)


def labels(layer):
    r = layer.renderer()
    if isinstance(r, QgsRuleBasedRenderer):
        return [x.label() for x in r.rootRule().children()]
    if isinstance(r, QgsCategorizedSymbolRenderer):
        return [c.label() for c in r.categories()]
    return []


def test_loaded_outputs_are_styled_and_tagged(provider, tmp_path, monkeypatch):
    from qgis import processing
    # QGIS >= 3.34's result loader hands iface.layerTreeView() to C++; pytest-qgis's stub iface
    # returns a MagicMock there (TypeError). Load as without a main window (3.22 ignores iface).
    monkeypatch.setattr("processing.gui.Postprocessing.iface", None, raising=False)
    origins = memory_layer("Point", CRS, [(f"Point({X0 + 30} {Y0})", [100]),
                                          (f"Point({X0 + 300} {Y0 + 300})", [50])],
                           [("pop", "integer")])
    dests = memory_layer("Point", CRS, [(f"Point({X0 + 200} {Y0 + 20})", ["school"])],
                         [("kind", "string")])
    project = QgsProject.instance()
    before = set(project.mapLayers())
    res = processing.runAndLoadResults("urbanplan:fifteenminutecity", {
        "ORIGINS": origins, "POPULATION_FIELD": "pop", "DESTINATIONS": dests,
        "CATEGORY_FIELD": "kind", "NETWORK": grid(), "THRESHOLD_MIN": 10.0,
        "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"})
    try:
        layer = project.mapLayer(res["OUTPUT"])
        assert layer is not None
        rec = json.loads(layer.customProperty("urbanplan/run"))
        assert rec["algorithm"] == "fifteenminutecity" and rec["output"] == "OUTPUT"
        assert rec["parameters"]["THRESHOLD_MIN"] == 10.0
        r = layer.renderer()
        assert isinstance(r, QgsRuleBasedRenderer)
        labs = labels(layer)
        assert labs[2] == "6.67–10 min (threshold: 10 min)"
        assert labs[-1].startswith("Not reachable")
        exprs = [x.filterExpression() for x in r.rootRule().children()]
        assert '"time_school_min"' in exprs[0] and "10.0" in exprs[2]
        assert all(x.symbol().type() == QgsSymbol.SymbolType.Marker
                   for x in r.rootRule().children())
        # the table output has no geometry: no style, still tagged
        table = project.mapLayer(res["SUMMARY"])
        assert table.customProperty("urbanplan/run")
    finally:
        project.removeMapLayers([i for i in project.mapLayers() if i not in before])


def test_style_from_fields_alone():
    from urbanplan_plugin.project.styles import apply_style, legend_title
    within = memory_layer("Point", CRS, [(f"Point({X0} {Y0})", [120.0, 1]),
                                         (f"Point({X0 + 9} {Y0})", [None, None])],
                          [("dist_open_space_m", "double"), ("within", "integer")])
    assert apply_style(within)
    r = within.renderer()
    assert isinstance(r, QgsCategorizedSymbolRenderer) and r.classAttribute() == "within"
    assert labels(within)[:2] == ["Within 400 m of an open public space", "Farther than 400 m"]
    assert all(c.symbol().type() == QgsSymbol.SymbolType.Marker for c in r.categories())
    assert legend_title(within) == "Walking access to open space"

    depth = memory_layer("Polygon", CRS, [("Polygon((0 0, 1 0, 1 1, 0 0))",
                                           [0.5, "low", 1]),
                                          ("Polygon((2 0, 3 0, 3 1, 2 0))",
                                           [None, "not_exposed", 0])],
                         [("depth_m", "double"), ("depth_class", "string"),
                          ("exposed", "integer")])
    assert apply_style(depth)
    labs = labels(depth)
    assert "Low (0.1-0.7 m)" in labs and not any("High" in x for x in labs)

    change = memory_layer("Polygon", CRS, [("Polygon((0 0, 1 0, 1 1, 0 0))",
                                            ["better", "newly_reachable"])],
                          [("change", "string"), ("change_detail", "string")])
    assert apply_style(change)
    assert [c.value() for c in change.renderer().categories()] == ["newly_reachable"]

    net = memory_layer("LineString", CRS, [("LineString(0 0, 1 1)", [0, 0, 1, 1.4, 0])],
                       [("edge_id", "integer"), ("from_node", "integer"),
                        ("to_node", "integer"), ("length_m", "double"),
                        ("component", "integer")])
    assert apply_style(net)
    assert labels(net) == ["Main connected network",
                           "Other pieces (not connected to the main network)"]

    other = memory_layer("Point", CRS, [f"Point({X0} {Y0})"], [("name", "string")])
    assert not apply_style(other)


def test_walk_time_classes_scale_with_the_threshold():
    from urbanplan_plugin.project.styles import apply_style
    grid_out = memory_layer("Polygon", CRS, [("Polygon((0 0, 1 0, 1 1, 0 0))",
                                              [1, 5.0, 3.0, 4.0, 0.1])],
                            [("cell_id", "integer"), ("snap_m", "double"),
                             ("nearest_min", "double"), ("opportunities", "double"),
                             ("gravity", "double")])
    rec = {"algorithm": "accessibilitygrid", "output": "OUTPUT",
           "parameters": {"THRESHOLD_MIN": 30.0}}
    assert apply_style(grid_out, rec)
    labs = labels(grid_out)
    assert labs[:3] == ["0–10 min", "10–20 min", "20–30 min (threshold: 30 min)"]
    assert labs[5] == "more than 60 min"


def test_walk_time_threshold_of_a_preset_category_uses_the_run_speed():
    """fifteenminutecity with a preset: the time field's classes scale with that category's
    threshold (the engine's rule at the run's speed); unknown presets keep THRESHOLD_MIN."""
    from urbanplan_plugin.project.styles import _fifteen_threshold
    rec = {"algorithm": "fifteenminutecity", "output": "OUTPUT",
           "parameters": {"PRESET": "sdg_11_2_1", "WALK_SPEED_KMH": 6.0, "THRESHOLD_MIN": 15}}
    assert _fifteen_threshold(rec, "time_transit_low_min", 15.0) == pytest.approx(5.0)
    assert _fifteen_threshold(rec, "time_transit_high_min", 15.0) == pytest.approx(10.0)
    assert _fifteen_threshold(rec, "time_bakery_min", 15.0) == 15.0
    rec["parameters"].pop("WALK_SPEED_KMH")
    assert _fifteen_threshold(rec, "time_transit_low_min", 15.0) == pytest.approx(500 / 80)
    rec["parameters"]["PRESET"] = "gone"
    assert _fifteen_threshold(rec, "time_transit_low_min", 15.0) == 15.0


@pytest.mark.parametrize("qml", sorted((ROOT / "resources" / "styles").glob("*.qml")),
                         ids=lambda p: p.stem)
def test_every_shipped_style_loads(qml):
    from qgis.core import QgsRasterLayer

    from urbanplan_plugin.project.styles import load_qml
    if qml.stem == "flood_depth":
        layer = QgsRasterLayer(str(ROOT / "resources" / "data" / "helsinki" /
                                   "elevation_model_2021_lapinlahti.tif"), "r")
        assert load_qml(layer, str(qml))
        return
    for geom in ("Point", "LineString", "Polygon"):   # on any geometry type
        layer = QgsVectorLayer(f"{geom}?crs=EPSG:3857", "s", "memory")
        assert load_qml(layer, str(qml)), geom
        assert layer.renderer() is not None


def test_layout_template_has_the_items():
    text = (ROOT / "resources" / "layouts" / "urbanplan_report.qpt").read_text(
        encoding="utf-8")
    for item_id in ("title", "map", "legend", "scalebar", "north_arrow", "attribution"):
        assert f'id="{item_id}"' in text
    assert "/work/" not in text and "base64:" in text   # portable: no absolute paths


def test_a_post_processor_set_before_is_kept(provider):
    """A model (or another plugin) may already post-process an output: it still runs."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingLayerPostProcessorInterface,
    )

    from urbanplan_plugin.project.runs import after_run, remember_parameters

    class Renamer(QgsProcessingLayerPostProcessorInterface):
        def postProcessLayer(self, layer, context, feedback):  # noqa: N802
            layer.setName("renamed by the model")

    layer = memory_layer("Polygon", CRS, [("Polygon((0 0, 1 0, 1 1, 0 0))", [1, 0.0, 5.0, 9.0])],
                         [("facility_id", "integer"), ("band_from_min", "double"),
                          ("band_min", "double"), ("area_m2", "double")])
    alg = QgsApplication.processingRegistry().createAlgorithmById("urbanplan:servicearea")
    remember_parameters(alg, {"BANDS": "5"})
    context = QgsProcessingContext()
    details = QgsProcessingContext.LayerDetails("Service areas", QgsProject.instance(), "OUTPUT")
    renamer = Renamer()
    details.setPostProcessor(renamer)
    context.addLayerToLoadOnCompletion(layer.id(), details)
    after_run(alg, context)
    post = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    post.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.name() == "renamed by the model"
    assert json.loads(layer.customProperty("urbanplan/run"))["algorithm"] == "servicearea"
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert labels(layer) == ["within 5 min"]
