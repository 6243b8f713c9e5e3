"""Access by group, side by side, in the report: a 15-minute city run on the São Paulo climate-
shelter exercise where the residents aged 65+ travel as older adults and the children as
young children (GROUP_PROFILES). The report shows one column per group (everyone, pop_65plus,
pop_0_14) for every category, shares and median times, each column naming its travel profile,
and a table of who travels how (profile, speed, people); every number equals the algorithm's
summary (read back from the HTML). The PDF pages are rendered to
tests/_artifacts/report_groups_en-N.png and report_groups_zh-N.png: look at them."""
import re
import shutil
import subprocess

import pytest
from qgis.core import QgsVectorLayer
from test_report_alg import Cells
from test_translations_qgis import qgis_language, qm_dir  # noqa: F401 - fixtures used below

from conftest import DATA

TOOLS = ("pdftoppm", "pdftotext")
GROUPS = {"pop_65plus": "older_adult", "pop_0_14": "child"}
LABELS = {"older_adult": "Older adults (65+)", "child": "Young children (walking with an adult)",
          "walk": "Walking (adults)"}


@pytest.fixture(scope="module")
def run15(provider, tmp_path_factory):
    from qgis import processing

    from urbanplan_plugin.project.runs import forget_all
    forget_all()
    folder = tmp_path_factory.mktemp("groups")
    gpkg = folder / "sao_paulo_climate_shelters.gpkg"
    shutil.copy(DATA / "examples" / "sao_paulo_climate_shelters.gpkg", gpkg)
    net = processing.run("urbanplan:preparewalknetwork", {
        "INPUT": f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines", "OSM_FILTER": True,
        "OUTPUT": str(folder / "network.gpkg")})["OUTPUT"]
    walk = folder / "walk.gpkg"
    res = processing.run("urbanplan:fifteenminutecity", {
        "ORIGINS": f"{gpkg}|layername=residents", "POPULATION_FIELD": "population",
        "GROUP_FIELDS": list(GROUPS),
        "GROUP_PROFILES": "; ".join(f"{g}={p}" for g, p in GROUPS.items()),
        "DESTINATIONS": f"{gpkg}|layername=shelters", "CATEGORY_FIELD": "category",
        "NETWORK": net, "PRESET": "barcelona_climate_shelters",
        "OUTPUT": f"ogr:dbname='{walk}' table=\"access\" (geom)",
        "SUMMARY": f"ogr:dbname='{walk}' table=\"summary\""})
    return res, folder


def report(res, folder, title="Climate shelters by group"):
    from qgis import processing
    html, pdf = folder / "report.html", folder / "report.pdf"
    processing.run("urbanplan:report", {
        "RESULTS": [res["OUTPUT"], res["SUMMARY"]], "TITLE": title,
        "SUBTITLE": "São Paulo, synthetic shelters and age groups",
        "OUTPUT_HTML": str(html), "OUTPUT_PDF": str(pdf)})
    return html.read_text(encoding="utf-8"), pdf


def pages(pdf, artifacts, prefix):
    if any(shutil.which(t) is None for t in TOOLS):
        pytest.skip("poppler-utils missing")
    for old in artifacts.glob(f"{prefix}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(artifacts / prefix)],
                   check=True)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return sorted(artifacts.glob(f"{prefix}-*.png")), text


def summary_rows(res):
    layer = QgsVectorLayer(res["SUMMARY"], "s", "ogr")
    names = layer.fields().names()
    return [{n: feat[n] for n in names} for feat in layer.getFeatures()
            if feat["zone"] == "all"]


def test_groups_side_by_side_with_their_profiles(run15, tmp_path, artifacts):
    res, _folder = run15
    html, pdf = report(res, tmp_path)
    cells = Cells()
    cells.feed(html)
    v = cells.values
    rows = summary_rows(res)
    cats = {r["category"] for r in rows} - {"any_category"}
    assert cats == {"shelter_10min", "shelter_5min", "all_categories"}
    checked = 0
    for r in rows:
        if r["category"] == "any_category":
            continue
        key = f"fifteenminutecity.group.{r['category']}.{r['pop_group']}"
        assert v[key] == pytest.approx(r["pop_within_pct"])
        tkey = f"fifteenminutecity.group_time.{r['category']}.{r['pop_group']}"
        assert v[tkey] == pytest.approx(r["median_time_min"])
        checked += 1
    assert checked == 3 * 3                 # 3 categories (with every category) x 3 groups
    # the slower groups reach fewer shelters within the same minutes: the table says so
    share = {r["pop_group"]: r["pop_within_pct"] for r in rows
             if r["category"] == "shelter_5min"}
    assert share["pop_65plus"] < share["all"] and share["pop_0_14"] < share["all"]
    # who travels how: profile, id, speed (from the profile file) and people per group
    from urbanplan_plugin.core.walk.profiles import load_profiles
    known = load_profiles()
    people = {r["pop_group"]: r["population"] for r in rows if r["category"] == "shelter_5min"}
    for g, pid in dict(GROUPS, all="walk").items():
        assert v[f"fifteenminutecity.travel.{g}.speed_kmh"] == \
            pytest.approx(known[pid].flat_speed_kmh)
        assert v[f"fifteenminutecity.travel.{g}.population"] == pytest.approx(people[g])
    # the column headings name each group's profile; the sources of the profiles are cited
    flat = re.sub(r"\s+", " ", html)
    for g, pid in GROUPS.items():
        assert f"{g} · {LABELS[pid]}" in flat
    assert f"Everyone · {LABELS['walk']}" in flat
    assert "Knoblauch" in flat and "Varela-Martinez" in flat        # the speeds' sources
    pngs, text = pages(pdf, artifacts, "report_groups_en")
    assert pngs
    flat_text = re.sub(r"\s+", " ", text)
    assert "who travels how" in flat_text
    assert "Median walk time by population group" in flat_text


def test_report_for_groups_in_chinese(run15, tmp_path, artifacts, qgis_language):  # noqa: F811
    res, _folder = run15
    qgis_language("zh_CN")
    html, pdf = report(res, tmp_path, title="按人群的避暑点可达性")
    assert "老年人" in html                     # the profile labels are translated
    _pngs, text = pages(pdf, artifacts, "report_groups_zh")
    assert "\ufffd" not in text
