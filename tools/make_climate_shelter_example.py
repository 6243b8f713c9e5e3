"""Build the climate-shelter workshop example (run once; its outputs are committed).

The Barcelona climate-shelter case (Shanghai Manual 2025: over 90% of the most vulnerable
residents within a 10-minute walk of a shelter, everyone within 5 minutes by 2030) replayed on
the bundled São Paulo sample: real OpenStreetMap streets and real population hexagons (r5r
sample data), with SYNTHETIC older-resident and child counts and SYNTHETIC shelters, because the
sample has neither:

- residents: the 323 hexagons with ``population`` (real) and ``pop_65plus`` / ``pop_0_14``
  (synthetic: population x a share drawn per hexagon, 10-22% and 12-22%, seed 11);
- shelters: one per hexagon that has a school (real school counts, synthetic shelter
  locations at the hexagon's point on surface), category ``climate_shelter``;
- the scenarios' new shelters: placed one by one at the hexagon with the most older residents
  and children that is still more than 400 m (straight line) from every shelter.

Writes resources/data/examples/sao_paulo_climate_shelters.gpkg and
resources/examples/barcelona_climate_shelters.json.
"""
import json
import os
import sys

import numpy as np
from osgeo import ogr, osr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
HEX = os.path.join(ROOT, "resources", "data", "sao_paulo", "spo_hexgrid_EPSG32723.gpkg")
OUT_GPKG = os.path.join(ROOT, "resources", "data", "examples", "sao_paulo_climate_shelters.gpkg")
OUT_JSON = os.path.join(ROOT, "resources", "examples", "barcelona_climate_shelters.json")
SEED = 11


def read_hexes():
    ds = ogr.Open(HEX)
    lyr = ds.GetLayer(0)
    rows = []
    for f in lyr:
        g = f.GetGeometryRef()
        p = g.PointOnSurface()
        rows.append({"wkt": g.ExportToWkt(), "x": p.GetX(), "y": p.GetY(),
                     "id_hex": f.GetField("id_hex") if f.GetFieldIndex("id_hex") >= 0 else None,
                     "population": int(f.GetField("population") or 0),
                     "schools": int(f.GetField("schools") or 0)})
    return rows


def main():
    from urbanplan_plugin.core.scenarios.model import LayerRef, Override, ScenarioSet
    hexes = read_hexes()
    rng = np.random.default_rng(SEED)
    s65 = rng.uniform(0.10, 0.22, len(hexes))
    s14 = rng.uniform(0.12, 0.22, len(hexes))
    for h, a, b in zip(hexes, s65, s14):
        h["pop_65plus"] = int(round(h["population"] * a))
        h["pop_0_14"] = int(round(h["population"] * b))
    shelters = [(h["x"], h["y"]) for h in hexes if h["schools"] > 0]
    os.makedirs(os.path.dirname(OUT_GPKG), exist_ok=True)
    os.makedirs(os.path.dirname(OUT_JSON), exist_ok=True)
    if os.path.exists(OUT_GPKG):
        os.remove(OUT_GPKG)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32723)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(OUT_GPKG)
    res = ds.CreateLayer("residents", srs, ogr.wkbPolygon,
                         ["DESCRIPTION=Population hexagons of central São Paulo (r5r sample, "
                          "population real); pop_65plus and pop_0_14 are SYNTHETIC."])
    for name, kind in (("id_hex", ogr.OFTString), ("population", ogr.OFTInteger),
                       ("pop_65plus", ogr.OFTInteger), ("pop_0_14", ogr.OFTInteger)):
        res.CreateField(ogr.FieldDefn(name, kind))
    for h in hexes:
        f = ogr.Feature(res.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(h["wkt"]))
        f.SetField("id_hex", h["id_hex"])
        for k in ("population", "pop_65plus", "pop_0_14"):
            f.SetField(k, h[k])
        res.CreateFeature(f)
    sh = ds.CreateLayer("shelters", srs, ogr.wkbPoint,
                        ["DESCRIPTION=SYNTHETIC climate shelters: one per hexagon with a school "
                         "(school counts from the r5r sample)."])
    for name, kind in (("name", ogr.OFTString), ("category", ogr.OFTString)):
        sh.CreateField(ogr.FieldDefn(name, kind))
    for i, (x, y) in enumerate(shelters):
        f = ogr.Feature(sh.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        f.SetField("name", f"School shelter {i + 1}")
        f.SetField("category", "climate_shelter")
        sh.CreateFeature(f)
    ds = None

    # new shelters, greedy: the most vulnerable residents still > 400 m from any shelter
    xy = np.array([(h["x"], h["y"]) for h in hexes])
    need = np.array([h["pop_65plus"] + h["pop_0_14"] for h in hexes], dtype=float)
    placed = []
    current = np.array(shelters, dtype=float)
    for _ in range(15):
        d = np.min(np.hypot(*(xy[:, None, :] - current[None, :, :]).transpose(2, 0, 1)), axis=1)
        score = np.where(d > 400.0, need, -1)
        k = int(np.argmax(score))
        if score[k] < 0:
            break
        placed.append((round(xy[k, 0], 2), round(xy[k, 1], 2)))
        current = np.vstack([current, xy[k]])

    gpkg = "{data}/examples/sao_paulo_climate_shelters.gpkg"
    ss = ScenarioSet(notes=(
        "Exercise: the Barcelona climate-shelter case (Shanghai Manual 2025) on real São Paulo "
        "streets and population, with SYNTHETIC shelters and age groups. Compare with "
        "'15-minute city': the preset 'barcelona_climate_shelters' counts older residents "
        "(pop_65plus) and children (pop_0_14) within 5 and 10 minutes."))
    ss.set_baseline("streets", LayerRef(name="São Paulo streets (OSM)",
                                        source="{data}/sao_paulo/spo_osm.pbf|layername=lines",
                                        provider="ogr", geometry="line", crs="EPSG:4326"))
    ss.set_baseline("population", LayerRef(name="Residents (synthetic age groups)",
                                            source=gpkg + "|layername=residents", provider="ogr",
                                            geometry="polygon", crs="EPSG:32723"))
    ss.set_baseline("facilities", LayerRef(name="Climate shelters today (synthetic)",
                                           source=gpkg + "|layername=shelters", provider="ogr",
                                           geometry="point", crs="EPSG:32723"))
    ss.baseline_params.update({"POPULATION_FIELD": "population",
                               "GROUP_FIELDS": ["pop_65plus", "pop_0_14"],
                               "CATEGORY_FIELD": "category",
                               "PRESET": "barcelona_climate_shelters"})
    for n in (5, 15):
        s = ss.create(f"{n} new shelters")
        s.description = (f"{n} new climate shelters where the most older residents and children "
                         "are still more than 400 m from one (synthetic sites).")
        s.overrides.append(Override(
            "add", "facilities", label="New climate shelters", geometry="point",
            crs="EPSG:32723",
            features=[{"wkt": f"Point ({x} {y})",
                       "attrs": {"name": f"New shelter {i + 1}", "category": "climate_shelter"}}
                      for i, (x, y) in enumerate(placed[:n])]))
    with open(OUT_JSON, "w", encoding="utf-8") as fh:
        fh.write(ss.to_json(indent=1) + "\n")
    print(f"{len(hexes)} residents hexagons, {len(shelters)} shelters, {len(placed)} new sites")
    print(OUT_GPKG)
    print(OUT_JSON)
    json.loads(open(OUT_JSON, encoding="utf-8").read())


if __name__ == "__main__":
    main()
