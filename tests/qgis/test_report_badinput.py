"""urbanplan:report with bad input: results that do not exist or are not UrbanPlan results, a
result under the wrong parameter, an output folder that cannot be written, a temporary output,
a missing or broken layout template; and a failure half-way leaves nothing behind."""
import os

import pytest
from qgis.core import QgsProcessingException

from conftest import DATA, memory_layer


@pytest.fixture
def summary_table():
    """A small fifteenminutecity-style SUMMARY table (no geometry), built by hand."""
    cols = [("zone", "string"), ("category", "string"), ("pop_group", "string"),
            ("population", "double"), ("pop_within", "double"),
            ("pop_within_pct", "double"), ("median_time_min", "double"),
            ("p90_time_min", "double"), ("pop_reached", "double")]
    rows = [(None, ["all", "school", "all", 100.0, 80.0, 80.0, 6.0, 12.0, 90.0]),
            (None, ["all", "all_categories", "all", 100.0, 80.0, 80.0, 6.0, 12.0, 90.0])]
    return memory_layer("None", "", rows, cols)


def params(tmp_path, results, **kw):
    p = {"RESULTS": results, "MAPS": False, "OUTPUT_HTML": str(tmp_path / "r.html"),
         "OUTPUT_PDF": str(tmp_path / "r.pdf")}
    p.update(kw)
    return p


def test_a_table_alone_makes_a_report(run_alg, tmp_path, summary_table):
    res = run_alg("report", params(tmp_path, [summary_table]))
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert res["SECTIONS"] == 1 and 'data-key="fifteenminutecity.share_all"' in html
    assert 'data-value="80.0"' in html
    assert (tmp_path / "r.pdf").stat().st_size > 5000
    assert sorted(os.listdir(tmp_path)) == ["r.html", "r.pdf"]


def test_result_that_does_not_exist(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="does not exist or cannot be opened"):
        run_alg("report", params(tmp_path, [str(tmp_path / "nowhere.gpkg")]))
    assert os.listdir(tmp_path) == []


def test_input_layer_is_not_a_result(run_alg, tmp_path, sample_copy):
    hexes = str(sample_copy("sao_paulo/spo_hexgrid_EPSG32723.gpkg"))
    with pytest.raises(QgsProcessingException, match="is not a result of an UrbanPlan "
                                                     "analysis .*population"):
        run_alg("report", params(tmp_path, [hexes]))


def test_result_of_another_analysis_as_comparison(run_alg, tmp_path, summary_table):
    with pytest.raises(QgsProcessingException, match="not a scenario comparison"):
        run_alg("report", params(tmp_path, [summary_table], COMPARISON=[summary_table]))
    assert os.listdir(tmp_path) == []


def test_output_folder_missing_or_not_writable(run_alg, tmp_path, summary_table):
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_alg("report", params(tmp_path, [summary_table],
                                 OUTPUT_HTML=str(tmp_path / "no" / "such" / "r.html")))
    # /sys refuses new files even for root: "cannot be written"
    with pytest.raises(QgsProcessingException, match="cannot be written"):
        run_alg("report", params(tmp_path, [summary_table], OUTPUT_HTML="/sys/r.html"))
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        try:
            with pytest.raises(QgsProcessingException, match="cannot be written"):
                run_alg("report", params(tmp_path, [summary_table],
                                         OUTPUT_HTML=str(ro / "r.html")))
        finally:
            ro.chmod(0o700)
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "r.html").exists()


def test_temporary_output_is_refused(run_alg, tmp_path, summary_table):
    from qgis.core import QgsProcessingUtils
    temp = os.path.join(QgsProcessingUtils.tempFolder(), "report.html")
    with pytest.raises(QgsProcessingException, match="temporary folder is deleted"):
        run_alg("report", params(tmp_path, [summary_table], OUTPUT_HTML=temp))
    assert not os.path.exists(temp)


def test_missing_or_broken_layout_template(run_alg, tmp_path, summary_table, monkeypatch):
    with pytest.raises(QgsProcessingException, match=r"layout template is missing|"
                                                     r"layout template \(\.qpt\).* does not exist"):
        run_alg("report", params(tmp_path, [summary_table], MAPS=True,
                                 LAYOUT_TEMPLATE=str(tmp_path / "gone.qpt")))
    bad = tmp_path / "bad.qpt"
    bad.write_text("<not a layout", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="not a valid QGIS layout"):
        run_alg("report", params(tmp_path, [summary_table], MAPS=True,
                                 LAYOUT_TEMPLATE=str(bad)))
    # the shipped template gone (a broken install)
    from urbanplan_plugin.project import report_maps
    monkeypatch.setattr(report_maps, "TEMPLATE", str(tmp_path / "missing.qpt"))
    with pytest.raises(QgsProcessingException, match="layout template is missing"):
        run_alg("report", params(tmp_path, [summary_table], MAPS=True))
    assert sorted(os.listdir(tmp_path)) == ["bad.qpt"]


def test_failure_half_way_leaves_nothing(run_alg, tmp_path, summary_table, monkeypatch):
    from urbanplan_plugin.core.common.errors import UrbanPlanError
    from urbanplan_plugin.project import report as report_io

    def broken(report, path, staging):
        staging.temp(path, ".pdf")  # a temporary file exists when it fails
        raise UrbanPlanError("disk full (simulated)")
    monkeypatch.setattr(report_io, "write_pdf", broken)
    import urbanplan_plugin.algorithms.report as alg_module
    monkeypatch.setattr(alg_module, "write_pdf", broken)
    (tmp_path / "r.html").write_text("an older report", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="disk full"):
        run_alg("report", params(tmp_path, [summary_table]))
    # the older report is untouched (the new HTML was never renamed onto it), and no
    # temporary file is left
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == "an older report"
    assert sorted(os.listdir(tmp_path)) == ["r.html"]


def test_zones_without_field(run_alg, tmp_path, summary_table):
    zones = memory_layer("Polygon", "EPSG:32723",
                         ["Polygon((0 0, 1 0, 1 1, 0 0))"], [("name", "string")])
    with pytest.raises(QgsProcessingException, match="no zone name field"):
        run_alg("report", params(tmp_path, [summary_table], ZONES=zones))


def test_data_folder_untouched():
    assert (DATA / "sao_paulo" / "spo_osm.pbf").exists()
