"""urbanplan:report on the sample city: every number in the report equals the algorithm
outputs (the HTML is parsed back), the PDF renders to PNG pages (tests/_artifacts/report_page-N
.png: look at them), maps, charts, zones, parameters, presets and versions are in it."""
import math
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from qgis.core import QgsFeatureRequest, QgsVectorLayer

import report_city


class Cells(HTMLParser):
    """data-key -> data-value of every number in the report; images; headings."""

    def __init__(self):
        super().__init__()
        self.values, self.images, self.headings, self._h = {}, [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-key" in a:
            self.values[a["data-key"]] = float(a["data-value"]) if a.get("data-value") \
                else None
        if tag == "img":
            self.images.append(a.get("src", ""))
        if tag in ("h1", "h2", "h3"):
            self._h = ""

    def handle_data(self, data):
        if self._h is not None:
            self._h += data

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3") and self._h is not None:
            self.headings.append(self._h.strip())
            self._h = None


@pytest.fixture(scope="module")
def city(provider, tmp_path_factory):
    from urbanplan_plugin.project.runs import forget_all
    forget_all()
    return report_city.build(tmp_path_factory.mktemp("city"))


@pytest.fixture(scope="module")
def report(city, tmp_path_factory):
    from qgis import processing
    folder = tmp_path_factory.mktemp("report")
    results, comparison = report_city.report_inputs(city)
    res = processing.run("urbanplan:report", {
        "RESULTS": results, "COMPARISON": comparison, "ZONES": city["zones"],
        "ZONE_FIELD": "name", "TITLE": "São Paulo sample city",
        "SUBTITLE": "Climate shelters (synthetic) and a synthetic flood",
        "OUTPUT_HTML": str(folder / "report.html"), "OUTPUT_PDF": str(folder / "report.pdf")})
    html = (folder / "report.html").read_text(encoding="utf-8")
    cells = Cells()
    cells.feed(html)
    return res, html, cells, folder


def rows(source, **match):
    lyr = QgsVectorLayer(source, "t", "ogr")
    out = []
    for f in lyr.getFeatures(QgsFeatureRequest()):
        d = {n: f[n] for n in lyr.fields().names()}
        d = {k: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
             for k, v in d.items()}
        if all(str(d.get(k)) == str(v) for k, v in match.items()):
            out.append(d)
    return out


def test_files_written_and_outputs(report):
    res, html, cells, folder = report
    assert sorted(p.name for p in folder.iterdir()) == ["report.html", "report.pdf"]
    assert res["SECTIONS"] == 5          # comparison, 15-minute, service areas, extent, exposure
    assert res["MAPS_DRAWN"] == 5        # the 4 layers with geometry and the raster
    assert res["ZONE_PAGES"] == 4
    assert html.startswith("<!DOCTYPE html>") and "São Paulo sample city" in html
    # self-contained: every image is embedded
    assert len(cells.images) >= 5 + 4 and all(s.startswith("data:image/png;base64,")
                                              for s in cells.images)


def test_fifteen_minute_numbers_equal_the_algorithm(report, city):
    _res, _html, cells, _ = report
    walk = city["walk"]
    v = cells.values
    assert v["fifteenminutecity.population"] == pytest.approx(walk["POP_TOTAL"])
    assert v["fifteenminutecity.share_all"] == pytest.approx(100 * walk["POP_SHARE_ALL_WITHIN"])
    for r in rows(walk["SUMMARY"], zone="all", pop_group="all"):
        cat = r["category"]
        assert v[f"fifteenminutecity.category.{cat}.pop_within_pct"] == \
            pytest.approx(r["pop_within_pct"])
        assert v[f"fifteenminutecity.category.{cat}.pop_within"] == \
            pytest.approx(r["pop_within"])
        if r["median_time_min"] is not None:
            assert v[f"fifteenminutecity.category.{cat}.median_time_min"] == \
                pytest.approx(r["median_time_min"])
    for r in rows(walk["SUMMARY"], zone="all", category="shelter_5min"):
        g = r["pop_group"]
        assert v[f"fifteenminutecity.group.shelter_5min.{g}"] == \
            pytest.approx(r["pop_within_pct"])
    # the zone overview is computed by the report from the per-origin layer; the algorithm's
    # own per-zone summary is an independent check
    for zone in report_city.ZONES:
        alg = rows(walk["SUMMARY"], zone=zone, pop_group="all", category="all_categories")[0]
        assert v[f"zones.{zone}.fifteenminutecity.OUTPUT.share_all"] == \
            pytest.approx(alg["pop_within_pct"], abs=1e-6)
        assert v[f"fifteenminutecity.zone.{zone}.share_all"] == \
            pytest.approx(alg["pop_within_pct"])


def test_flood_and_service_area_numbers(report, city):
    _res, _html, cells, _ = report
    v = cells.values
    flood = city["flood"]
    assert v["floodexposure.exposed_count"] == flood["EXPOSED_COUNT"]
    assert v["floodexposure.exposed_population"] == pytest.approx(flood["EXPOSED_POPULATION"])
    assert v["floodexposure.max_depth_m"] == pytest.approx(flood["MAX_DEPTH_M"], abs=1e-6)
    for r in rows(flood["SUMMARY"], zone="all", pop_group="all"):
        assert v[f"floodexposure.class.{r['depth_class']}.population"] == \
            pytest.approx(r["population"])
        assert v[f"floodexposure.class.{r['depth_class']}.features"] == r["features"]
    by_band = {}
    for r in rows(city["areas"]["OUTPUT"]):
        by_band[r["band_min"]] = by_band.get(r["band_min"], 0.0) + r["area_m2"] / 1e6
    for band, km2 in by_band.items():
        assert v[f"servicearea.band.{band:g}.area_km2"] == pytest.approx(km2)
    # the depth raster: an independent count of its wet cells
    from osgeo import gdal
    ds = gdal.Open(city["depth"])
    a = ds.GetRasterBand(1).ReadAsArray()
    wet = a[(a != -9999.0) & (a > 0)]
    assert v["floodextent.max_depth_m"] == pytest.approx(float(wet.max()), abs=1e-5)
    assert v["floodextent.flooded_ha"] == pytest.approx(len(wet) * 400.0 / 1e4)


def test_comparison_numbers(report, city):
    _res, _html, cells, _ = report
    v = cells.values
    c = city["compare"]
    assert v["comparescenarios.n_better"] == c["N_BETTER"] > 0
    assert v["comparescenarios.n_worse"] == c["N_WORSE"]
    assert v["comparescenarios.n_same"] == c["N_SAME"]
    for r in rows(c["SUMMARY"]):
        assert v[f"comparescenarios.field.{r['field']}.n_better"] == r["n_better"]
        if r["mean_delta"] is not None:
            assert v[f"comparescenarios.field.{r['field']}.mean_delta"] == \
                pytest.approx(r["mean_delta"])


def test_method_parameters_presets_versions(report):
    _res, html, cells, _ = report
    h = cells.headings
    for heading in ("Summary", "Baseline versus scenario", "Zones", "Methods in full",
                    "Software and data versions", "Parameters of the run",
                    "Presets and their sources", "Indicators by zone"):
        assert heading in h, heading
    assert "barcelona_climate_shelters" in html and "Shanghai Manual 2025" in html
    assert "InaSAFE" in html                     # the depth class preset's source
    assert "Highway Capacity Manual" in html     # the default walking speed's source
    import numpy
    import scipy
    from qgis.core import Qgis
    for version in (Qgis.QGIS_VERSION, numpy.__version__, scipy.__version__):
        assert version in html
    from urbanplan_plugin.project.runs import plugin_version
    assert plugin_version() and plugin_version() in html
    assert "OpenStreetMap contributors" in html   # via the network's own run
    assert "IPEA" in html
    # the raster was not made by an algorithm of this session: said, not invented
    assert "parameters of this run are not known" in html


def test_pdf_renders_to_png_pages(report, artifacts):
    _res, _html, _cells, folder = report
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    for old in artifacts.glob("report_page-*.png"):
        old.unlink()
    info = subprocess.run(["pdfinfo", str(folder / "report.pdf")], capture_output=True,
                          text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 12
    assert "São Paulo sample city" in info
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "6",
                    str(folder / "report.pdf"), str(artifacts / "report_page")], check=True)
    pngs = sorted(artifacts.glob("report_page-*.png"))
    assert len(pngs) == 6
    from qgis.PyQt.QtGui import QImage
    for p in pngs:
        img = QImage(str(p))
        assert img.width() > 400
        # not blank: count non-white pixels on a coarse grid
        dark = sum(1 for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)
                   if img.pixelColor(x, y).lightness() < 200)
        assert dark > 50, f"{p.name} looks empty"


def test_report_maps_use_the_template(city, tmp_path, provider):
    """A map through the layout: title, legend with the style's labels, scale bar, arrow."""
    from urbanplan_plugin.project.report_maps import MapMaker
    lyr = QgsVectorLayer(city["flood"]["OUTPUT"], "exposure", "ogr")
    from urbanplan_plugin.project.runs import run_of_layer
    maker = MapMaker(attribution="Data: test")
    prep = maker._prepare([(lyr, "Water depth class", run_of_layer(lyr))], "Flood", "sub")
    _project, layout, items, _ = prep
    assert items["title"].text() == "Flood"
    assert items["attribution"].text() == "Data: test"
    assert items["scalebar"].linkedMap() is items["map"]
    legend_labels = [c.label() for c in prep[0].mapLayers().values().__iter__().__next__()
                     .renderer().categories()]
    assert any("0.1" in lab and "0.7" in lab for lab in legend_labels)
    path = maker.render([(lyr, "Water depth class", run_of_layer(lyr))],
                        str(tmp_path / "map.png"), "Flood")
    from qgis.PyQt.QtGui import QImage
    img = QImage(path)
    assert img.width() > 800 and not img.isNull()   # 180 mm at 120 dpi = 850 px
    assert math.isclose(img.width() / img.height(), 180 / 165, rel_tol=0.02)
