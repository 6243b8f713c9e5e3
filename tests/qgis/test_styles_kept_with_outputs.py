"""A result opened later looks as it did when it was made.

Outputs written to a GeoPackage keep their UrbanPlan style as the table's default style
(``layer_styles``), rasters get a ``.qml`` beside the file; both whether QGIS loads the output
(the post-processor) or not (qgis_process, scripts). The compare dock's layers are GeoPackage
layers beside the project: written to a temporary file while the project has no file, moved
beside it when it is saved, and still holding their features and styles when it is opened
again."""
import sqlite3
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from conftest import memory_layer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_flood_extent_alg import write_dem  # noqa: E402
from test_report_styles import CRS, X0, Y0, grid, labels  # noqa: E402

from flood_terrain import tilted_plane  # noqa: E402


def fifteen_params():
    origins = memory_layer("Point", CRS, [(f"Point({X0 + 30} {Y0})", [100]),
                                          (f"Point({X0 + 300} {Y0 + 300})", [50])],
                           [("pop", "integer")])
    dests = memory_layer("Point", CRS, [(f"Point({X0 + 200} {Y0 + 20})", ["school"])],
                         [("kind", "string")])
    return {"ORIGINS": origins, "POPULATION_FIELD": "pop", "DESTINATIONS": dests,
            "CATEGORY_FIELD": "kind", "NETWORK": grid(), "THRESHOLD_MIN": 10.0}


def default_styles(path):
    with sqlite3.connect(str(path)) as db:
        return db.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall()


def assert_walk_time_style(layer):
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer), layer.renderer().type()
    labs = labels(layer)
    assert labs[2] == "6.67–10 min (threshold: 10 min)", labs


def test_output_loaded_into_the_project_keeps_its_style_in_the_file(provider, tmp_path,
                                                                     monkeypatch):
    from qgis import processing
    monkeypatch.setattr("processing.gui.Postprocessing.iface", None, raising=False)
    path = tmp_path / "access.gpkg"
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults("urbanplan:fifteenminutecity", dict(
        fifteen_params(), OUTPUT=str(path), SUMMARY="TEMPORARY_OUTPUT"))
    try:
        assert ("access", 1) in default_styles(path)
        assert_walk_time_style(QgsVectorLayer(str(path), "opened later", "ogr"))
    finally:
        project.removeMapLayers([i for i in project.mapLayers() if i not in before])


def test_output_written_by_a_script_keeps_its_style(run_alg, tmp_path):
    path = tmp_path / "scripted.gpkg"
    run_alg("fifteenminutecity", dict(fifteen_params(), OUTPUT=str(path),
                                      SUMMARY="TEMPORARY_OUTPUT"))
    assert default_styles(path) == [("scripted", 1)]
    assert_walk_time_style(QgsVectorLayer(str(path), "opened later", "ogr"))
    # without the stored style the same file opens with a plain single symbol
    with sqlite3.connect(str(path)) as db:
        db.execute("DELETE FROM layer_styles")
    assert not isinstance(QgsVectorLayer(str(path), "bare", "ogr").renderer(),
                          QgsRuleBasedRenderer)


def test_raster_output_gets_a_qml_beside_it(run_alg, tmp_path):
    dem, g = tilted_plane()
    dem_path = write_dem(tmp_path / "plane.tif", dem, g)
    out = tmp_path / "depth.tif"
    run_alg("floodextent", {"DEM": dem_path, "WATER_LEVEL": 2.2, "OUTPUT": str(out)})
    qml = tmp_path / "depth.qml"
    assert qml.exists()
    assert not (tmp_path / "plane.qml").exists()          # inputs are never touched
    layer = QgsRasterLayer(str(out), "opened later")
    assert layer.renderer().type() == "singlebandpseudocolor"
    assert "shallow" in qml.read_text(encoding="utf-8")


def _difference_layer():
    mem = QgsVectorLayer(f"Point?crs={CRS}&field=change_detail:string(24)", "Change – x", "memory")
    feats = []
    for i, cat in enumerate(["better", "same", "worse", "better"]):
        f = QgsFeature(mem.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"Point({X0 + 10 * i} {Y0})"))
        f["change_detail"] = cat
        feats.append(f)
    mem.dataProvider().addFeatures(feats)
    from urbanplan_plugin.project.styles import style_difference_layer
    style_difference_layer(mem)
    return mem


def test_comparison_layers_follow_the_project(qgis_app, tmp_path):
    from urbanplan_plugin.project import comparison_store as cs
    project = QgsProject.instance()
    project.clear()
    temp = cs.new_comparison_gpkg("fifteenminutecity", project)
    assert not temp.startswith(str(tmp_path))            # unsaved project: a temporary file
    assert cs.new_comparison_gpkg("fifteenminutecity", project) == temp  # nothing written yet
    saved = cs.save_layers([(_difference_layer(), cs.table_name("fifteen", "change", "新增避难所"),
                             {"algorithm": "comparescenarios"})], temp, project)
    layer = saved[0]
    project.addMapLayer(layer)
    assert layer.featureCount() == 4
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert cs.table_name("fifteen", "change", "新增避难所") != cs.table_name("fifteen", "change",
                                                                         "另一个")
    # saving the project moves the layer beside it (writeProject -> move_beside_project)
    project.writeProject.connect(lambda _doc: cs.move_beside_project(project))
    path = tmp_path / "plan" / "city.qgz"
    path.parent.mkdir()
    assert project.write(str(path))
    beside = tmp_path / "plan" / "city_comparisons" / Path(temp).name
    assert beside.exists() and layer.source().startswith(str(beside))
    # a second run never writes into a file that exists (QGIS may hold it open)
    assert cs.new_comparison_gpkg("fifteenminutecity", project) != str(beside)
    assert [t for t, d in default_styles(beside)] == [layer.customProperty(cs.LAYER_PROPERTY)]
    project.clear()
    assert project.read(str(path))
    again = [lyr for lyr in project.mapLayers().values() if lyr.customProperty(cs.LAYER_PROPERTY)]
    assert len(again) == 1 and again[0].featureCount() == 4
    assert again[0].source().startswith(str(beside))
    cats = again[0].renderer().categories()
    assert {c.value() for c in cats} == {"better", "same", "worse"}
    assert again[0].customProperty("urbanplan/run")
    project.clear()


def test_a_folder_that_cannot_be_written_is_reported(qgis_app, tmp_path):
    from urbanplan_plugin.core.common.errors import UrbanPlanError
    from urbanplan_plugin.project import comparison_store as cs
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UrbanPlanError, match="could not be written"):
        cs.save_layers([(_difference_layer(), "t", None)], str(blocker / "sub" / "c.gpkg"))


def test_rerunning_into_new_files_does_not_block(qgis_app, tmp_path):
    """A comparison run again while the layers of the first run (and of another analysis) are
    in the project writes new files; nothing waits on a GeoPackage QGIS holds open."""
    import faulthandler

    from urbanplan_plugin.project import comparison_store as cs
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "p.qgz"))
    faulthandler.dump_traceback_later(60, exit=True)
    try:
        first = cs.save_layers([(_difference_layer(), "a", None)],
                               cs.new_comparison_gpkg("x", project), project)
        project.addMapLayers(first)
        other = cs.save_layers([(_difference_layer(), "b", None)],
                               cs.new_comparison_gpkg("y", project), project)
        project.addMapLayers(other)
        project.removeMapLayers([lyr.id() for lyr in first])
        again = cs.save_layers([(_difference_layer(), "a", None)],
                               cs.new_comparison_gpkg("x", project), project)
        project.addMapLayers(again)
        assert [lyr.featureCount() for lyr in other + again] == [4, 4]
    finally:
        faulthandler.cancel_dump_traceback_later()
        project.clear()
