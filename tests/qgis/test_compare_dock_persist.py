"""The compare dock as a planner leaves it: the comparison group open with the change shown and
the scenario's new features drawn, numbers read as numbers, only the analysis' own result fields
compared, and the layers kept in a GeoPackage that follows the project when it is saved, so
they are still there (features and style) when the project is opened again."""
import re

from qgis.core import QgsLayerTreeLayer, QgsProject
from test_scenarios_docks import docks, draw_point, run_and_wait, setup_fifteen  # noqa: F401

from urbanplan_plugin.project.comparison_store import GROUP_PROPERTY, LAYER_PROPERTY
from urbanplan_plugin.project.scenario_store import sketch_layers


def comparison_group(project):
    return next(g for g in project.layerTreeRoot().findGroups()
                if g.customProperty(GROUP_PROPERTY))


def test_comparison_is_shown_and_survives_save_and_reopen(docks, qtbot, tmp_path):  # noqa: F811
    sdock, cdock, store, (streets, fac, orig) = docks
    project = QgsProject.instance()
    sdock.new_scenario("New school")
    o = sdock.add_change("add", "facilities")
    sketch = sketch_layers(project)[o.uid]
    draw_point(sketch, "Point(400 400)", category="school")
    assert sketch.commitChanges()
    setup_fifteen(cdock)
    result = run_and_wait(cdock, qtbot)
    # only the analysis' own outputs are compared, never the origins' own columns
    assert result.compared_fields and "population" not in result.compared_fields
    assert all(f.startswith(("dist_", "time_")) or f in ("n_within", "score")
               for f in result.compared_fields), result.compared_fields
    # the results tab is in front; whole numbers have no decimals
    assert cdock.stepTabs.currentWidget() is cdock.resultsTab
    total = int(result.runs["Baseline"].indicators["POP_TOTAL"])
    assert cdock.table_value("POP_TOTAL", "Baseline") == f"{total:,}"
    cells = [cdock.resultTable.item(r, c).text() for r in range(cdock.resultTable.rowCount())
             for c in range(1, cdock.resultTable.columnCount())
             if cdock.resultTable.item(r, c) is not None]
    assert cells and not [c for c in cells if re.fullmatch(r"[+-]?[\d,]+\.0", c)], cells
    # the group is open, the change shown, results hidden, the drawn school visible
    group = comparison_group(project)
    assert group.isExpanded()
    layers = {n.layer().name(): n for n in group.findLayers()}
    change = [n for name, n in layers.items() if name.startswith("Change")]
    assert len(change) == 1 and change[0].isVisible()
    assert all(not n.isVisible() for name, n in layers.items() if not name.startswith("Change"))
    node = project.layerTreeRoot().findLayer(sketch.id())
    assert isinstance(node, QgsLayerTreeLayer) and node.isVisible()
    # saved in a GeoPackage (a temporary one: this project has no file yet)
    for n in layers.values():
        assert n.layer().providerType() == "ogr" and n.layer().customProperty(LAYER_PROPERTY)
    counts = {name: n.layer().featureCount() for name, n in layers.items()}
    # save: the layers move beside the project
    path = tmp_path / "town.qgz"
    assert project.write(str(path))
    beside = str(tmp_path / "town_comparisons") + "/"
    assert all(n.layer().source().startswith(beside) for n in layers.values())
    # close: the dock lets go of the result; open: the layers are back with features and style
    project.clear()
    assert cdock.result is None and not cdock.linkedViewsButton.isEnabled()
    assert project.read(str(path))
    again = {n.layer().name(): n.layer() for n in comparison_group(project).findLayers()}
    assert {k: v.featureCount() for k, v in again.items()} == counts
    change = next(v for k, v in again.items() if k.startswith("Change"))
    cats = {c.value() for c in change.renderer().categories()}
    assert cats and cats <= {"better", "newly_reachable", "same", "worse", "newly_unreachable",
                             "no_data", "mixed"}
